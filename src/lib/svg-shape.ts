/**
 * The drawing of an icon file (its `viewBox` and path data), so the page writes its own `<svg>`
 * around it: no title, class or size from the icon set, and nothing but paths from the file.
 */

export interface SvgShape {
  viewBox: string;
  paths: string[];
}

export function svgShape(svg: string): SvgShape {
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1];
  const paths = [...svg.matchAll(/<path\b[^>]*\sd="([^"]+)"/g)].map((match) => match[1] ?? '');
  if (!viewBox || paths.length === 0) throw new Error('The icon has no viewBox or no path');
  return { viewBox, paths };
}

/**
 * Abstracts in publication lists, with their math rendered at build time as MathML by KaTeX.
 *
 * Lists show dozens of abstracts; KaTeX's HTML output needs its stylesheet and fonts and is several
 * times larger than MathML, which every current browser renders natively. Paper pages use the full
 * KaTeX HTML through the MDX pipeline instead.
 *
 * The text between formulas stays text for Astro to escape; only KaTeX's own output is HTML, and
 * KaTeX escapes everything it is given (`trust` stays off, so no `\href` or `\url` links).
 */
import katex from 'katex';

export type AbstractSegment = { kind: 'text'; text: string } | { kind: 'math'; html: string };

/** `$$…$$` display math or `$…$` inline math; a `\$` is a literal dollar sign. */
const mathPattern = /\$\$([\s\S]+?)\$\$|(?<!\\)\$((?:\\\$|[^$])+?)\$/g;

function renderMath(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    output: 'mathml',
    displayMode,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
  });
}

/** One paragraph of plain abstract text, split into text and rendered math. */
export function abstractSegments(paragraph: string): AbstractSegment[] {
  const segments: AbstractSegment[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(mathPattern)) {
    if (match.index > last) segments.push({ kind: 'text', text: paragraph.slice(last, match.index) });
    const display = match[1] !== undefined;
    segments.push({ kind: 'math', html: renderMath((match[1] ?? match[2] ?? '').trim(), display) });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) segments.push({ kind: 'text', text: paragraph.slice(last) });
  return segments.map((segment) =>
    segment.kind === 'text' ? { kind: 'text', text: segment.text.replace(/\\\$/g, '$') } : segment,
  );
}

/** The plain abstract's paragraphs (separated by a blank line), each split into segments. */
export function abstractParagraphs(abstract: string): AbstractSegment[][] {
  return abstract
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(abstractSegments);
}

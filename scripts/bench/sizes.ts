/**
 * What a reader downloads: the size of `dist/`, of the home page with the CSS and JS it loads before
 * any interaction, and of the search index. Gzip level 9 stands in for what a static host serves
 * (most compress on the fly; level 9 is the best case, so a miss here is a real miss).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistSize {
  bytes: number;
  files: number;
}

export async function distSize(dist: string): Promise<DistSize> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

export function gzippedBytes(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

export interface HomePageSize {
  /** Gzipped bytes of the HTML, the stylesheets and the scripts together. */
  gzipBytes: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  jsGzipBytes: number;
  /** The files counted besides index.html, relative to dist. */
  assets: string[];
}

/**
 * The home page as a first visit loads it: index.html, its stylesheets, its module scripts and what
 * those import statically. Dynamic `import()`s are left out on purpose: the search code loads on
 * first focus of the search box and is no part of the first view.
 */
export async function homePageSize(dist: string): Promise<HomePageSize> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)].map((match) => match[0]);
  const stylesheets = tags.filter((tag) => /rel="?stylesheet/.test(tag)).map((tag) => attribute(tag, 'href'));
  const scripts = tags
    .filter((tag) => tag.startsWith('<script') || /rel="?modulepreload/.test(tag))
    .map((tag) => attribute(tag, tag.startsWith('<script') ? 'src' : 'href'));

  const css = await Promise.all(
    localPaths(stylesheets).map(async (path) => [path, await readFile(join(dist, path))] as const),
  );
  const js = new Map<string, Buffer>();
  const pending = localPaths(scripts);
  for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
    if (js.has(path)) continue;
    const code = await readFile(join(dist, path));
    js.set(path, code);
    pending.push(...staticImports(code.toString(), path));
  }

  const htmlGzipBytes = gzippedBytes(html);
  const cssGzipBytes = css.reduce((sum, [, data]) => sum + gzippedBytes(data), 0);
  const jsGzipBytes = [...js.values()].reduce((sum, data) => sum + gzippedBytes(data), 0);
  return {
    gzipBytes: htmlGzipBytes + cssGzipBytes + jsGzipBytes,
    htmlGzipBytes,
    cssGzipBytes,
    jsGzipBytes,
    assets: [...css.map(([path]) => path), ...js.keys()],
  };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="?([^"\\s>]+)`).exec(tag)?.[1];
}

/** Site-absolute URLs → paths inside dist (the benchmark builds with base `/`); others are dropped. */
function localPaths(urls: (string | undefined)[]): string[] {
  return urls
    .filter((url): url is string => url !== undefined && url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.slice(1));
}

/** `import…from"./x.js"` and `import"./x.js"` in minified output; `import("…")` does not match. */
function staticImports(code: string, from: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)]
    .map((match) => new URL(match[1] as string, `http://site/${from}`))
    .filter((url) => url.host === 'site')
    .map((url) => url.pathname.slice(1));
}

export async function searchIndexGzipBytes(dist: string): Promise<number> {
  return gzippedBytes(await readFile(join(dist, 'search-index.json')));
}

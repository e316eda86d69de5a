/**
 * Reading a built site from disk: its pages, and every internal URL they (and their stylesheets)
 * refer to, for link checking and validation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as paths relative to it with `/` separators. */
export function listFiles(root: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The URL path a built file is served at, under `mountPath` (`/` or `/sub/`). */
export function urlPathOf(file: string, mountPath: string): string {
  return mountPath + file.replace(/(^|\/)index\.html$/, '$1');
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Every URL an HTML page refers to: `href`, `src`, `srcset` and `content` of og/twitter images. */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(href|src|srcset|action|data-index-url)="([^"]*)"/g)) {
    const [, attribute, raw = ''] = match;
    const value = decodeEntities(raw);
    if (attribute === 'srcset')
      urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    else urls.push(value);
  }
  for (const match of html.matchAll(
    /<meta\s+(?:property|name)="(?:og:image|twitter:image|citation_pdf_url)"\s+content="([^"]*)"/g,
  )) {
    urls.push(decodeEntities(match[1] ?? ''));
  }
  return urls.filter((url) => url.length > 0);
}

/** Every `url(…)` a stylesheet refers to (fonts, images). */
export function stylesheetUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => !url.startsWith('data:'));
}

/** The file a URL path would be served from, or undefined when none exists. */
export function fileForUrlPath(root: string, mountPath: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(mountPath)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(mountPath.length));
  const candidate = join(root, inside);
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

export interface BrokenLink {
  from: string;
  url: string;
}

/**
 * Follows every internal reference from every page and stylesheet of the site at `root`, served
 * at `origin` + `mountPath`, and lists those that lead nowhere. External links are left alone;
 * absolute URLs on the configured `site` origin count as internal.
 */
export function findBrokenLinks(
  root: string,
  mountPath: string,
  siteOrigin: string,
): { broken: BrokenLink[]; checked: number } {
  const broken: BrokenLink[] = [];
  let checked = 0;
  const check = (from: string, baseUrl: URL, url: string) => {
    if (/^(mailto|tel|data|javascript):/i.test(url)) return;
    const resolved = new URL(url, baseUrl);
    if (resolved.origin !== baseUrl.origin) return;
    checked++;
    if (!fileForUrlPath(root, mountPath, resolved.pathname)) broken.push({ from, url });
  };
  for (const file of listFiles(root, '.html')) {
    const pageUrl = new URL(urlPathOf(file, mountPath), siteOrigin);
    for (const url of referencedUrls(readFileSync(join(root, file), 'utf8'))) check(file, pageUrl, url);
  }
  for (const file of listFiles(root, '.css')) {
    const sheetUrl = new URL(mountPath + file, siteOrigin);
    for (const url of stylesheetUrls(readFileSync(join(root, file), 'utf8'))) check(file, sheetUrl, url);
  }
  return { broken, checked };
}

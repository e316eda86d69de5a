/**
 * Links within the site that lead nowhere: a page (say an own page or a paper's hand-edited body)
 * that links to `/files/slides.pdf` when no such file was put in `public/files/`.
 *
 * Pure: pages come in as text, and `exists` answers for a path inside the built site. The links are
 * found in one step and judged in another, so that a build can read its pages as soon as they are
 * written and judge their links once it has removed what it no longer produces.
 */

export interface PageHtml {
  /** The page's file in the built site, `/`-separated (`teaching/index.html`). */
  file: string;
  html: string;
}

export interface BrokenLink {
  /** The page's file. */
  page: string;
  /** The link as written. */
  href: string;
}

/** A link that stays on the site, and the path it names inside the site's base (none: outside it). */
export interface LocalLink extends BrokenLink {
  inside: string | undefined;
}

/** The site-relative file a URL path names, or the candidates to look for (`a/` → `a/index.html`). */
export function filesForPath(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}/index.html`];
}

/**
 * Every `href` and `src` on the pages that stays on the site, in page order. Links to other sites,
 * `mailto:` and in-page anchors are left out.
 */
export function localLinks(pages: readonly PageHtml[], base: string): LocalLink[] {
  const origin = 'http://site.invalid';
  const mount = base.endsWith('/') ? base : `${base}/`;
  const links: LocalLink[] = [];
  for (const page of pages) {
    let pageUrl: URL | undefined;
    for (const match of page.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = (match[1] ?? '').replace(/&amp;/g, '&');
      if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      // A plain root-relative path needs no URL parsing, which most of the time here went to.
      let pathname: string;
      if (href.startsWith('/') && !href.includes('/.')) pathname = href.replace(/[?#].*$/, '');
      else {
        pageUrl ??= new URL(mount + page.file.replace(/(^|\/)index\.html$/, '$1'), origin);
        const url = new URL(href, pageUrl);
        if (url.origin !== origin) continue;
        pathname = url.pathname;
      }
      pathname = decodeURIComponent(pathname);
      links.push({
        page: page.file,
        href,
        inside: pathname.startsWith(mount) ? pathname.slice(mount.length) : undefined,
      });
    }
  }
  return links;
}

/**
 * The links that name no file of the site, nor one of `ignore` (site-relative paths, such as the
 * CV's PDF, written after the build).
 */
export function brokenLinks(
  links: readonly LocalLink[],
  options: { exists: (file: string) => boolean; ignore?: readonly string[] },
): BrokenLink[] {
  const ignore = new Set(options.ignore);
  // Pages share most of their links (the navigation, the same papers): each path is looked up once.
  const known = new Map<string, boolean>();
  const resolves = (inside: string) => {
    let found = known.get(inside);
    if (found === undefined) {
      found = ignore.has(inside) || filesForPath(inside).some(options.exists);
      known.set(inside, found);
    }
    return found;
  };
  return links
    .filter((link) => link.inside === undefined || !resolves(link.inside))
    .map(({ page, href }) => ({ page, href }));
}

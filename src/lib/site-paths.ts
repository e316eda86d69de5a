/**
 * Every internal URL the site links to, in one place, so that a build under a sub-path
 * (`BASE_PATH=/my-repo/`) cannot leave a link pointing at the domain root.
 *
 * Paths are written without a leading slash and with a trailing one (the site uses
 * `trailingSlash: 'always'`); `withBase` joins them onto the configured base.
 */

/** Joins a site-relative path onto `base` (`/` or `/sub/`, with or without its trailing slash). */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const sitePaths = {
  home: '',
  /** Page `n` of the full publication list; page 1 is the home page. */
  listPage: (n: number): string => (n <= 1 ? '' : `page/${n}/`),
  paper: (slug: string): string => `publications/${slug}/`,
  /** Every publication, most cited first. */
  byCitations: 'publications/by-citations/',
  paperBibtex: (slug: string): string => `publications/${slug}.bib`,
  paperSocialImage: (slug: string): string => `publications/${slug}/social.png`,
  /** The home page's card for link previews. */
  homeSocialImage: 'social.png',
  topics: 'topics/',
  topic: (slug: string): string => `topics/${slug}/`,
  /** Page `n` of a topic's list; page 1 is the topic page itself. */
  topicPage: (slug: string, n: number): string => (n <= 1 ? `topics/${slug}/` : `topics/${slug}/page/${n}/`),
  /** Every news item, newest first (the home page shows the latest few). */
  news: 'news/',
  cv: 'cv/',
  /** Written by `npm run cv:pdf` after the build. */
  cvPdf: 'cv.pdf',
  /** An owner's page from `content/pages/<slug>.mdx`. */
  ownPage: (slug: string): string => `${slug}/`,
  searchIndex: 'search-index.json',
  feed: 'feed.xml',
  bibtexExport: 'publications.bib',
  jsonExport: 'publications.json',
  cslExport: 'publications.csl.json',
  favicon: 'favicon.svg',
  sitemap: 'sitemap-index.xml',
} as const;

/** The absolute URL of a site-relative path, for canonical links, Open Graph and feeds. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

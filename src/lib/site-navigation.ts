/**
 * The header's navigation: the site's own sections, the CV when `content/cv.json` exists, and the
 * owner's pages in the order their frontmatter gives.
 */
import { hasCv } from './cv/load-cv.ts';
import { checkedOwnPages, type OwnPage } from './own-pages.ts';
import { sitePaths } from './site-paths.ts';

export interface NavEntry {
  /** Which page is current: a section name or an own page's slug. */
  key: string;
  label: string;
  /** Site-relative, for `withBase`. */
  path: string;
}

export function navigationEntries(options: { cv: boolean; pages: readonly OwnPage[] }): NavEntry[] {
  return [
    { key: 'publications', label: 'Publications', path: `${sitePaths.home}#publications` },
    { key: 'topics', label: 'Topics', path: sitePaths.topics },
    ...(options.cv ? [{ key: 'cv', label: 'CV', path: sitePaths.cv }] : []),
    ...options.pages
      .filter((page) => page.data.nav)
      .map((page) => ({ key: page.slug, label: page.data.title, path: sitePaths.ownPage(page.slug) })),
  ];
}

let cached: NavEntry[] | undefined;

/** This site's navigation, read once per build. */
export function siteNavigation(): NavEntry[] {
  cached ??= navigationEntries({ cv: hasCv(), pages: checkedOwnPages() });
  return cached;
}

/**
 * The pages that keep a retired paper URL alive (the ingest decides which, in its state file:
 * `scripts/ingest/reconcile/redirects.ts`). Each is a static page that sends the browser on at
 * once and tells search engines the paper's new address: a static host has no server redirects.
 */
import { sitePaths } from './site-paths.ts';
import { topicSlug } from '../schema/publication.ts';

/** Valid pairs only: a damaged state file can name no path outside `publications/`. */
export function redirectPairs(state: unknown): [from: string, to: string][] {
  const redirects = (state as { redirects?: unknown } | null)?.redirects;
  if (!redirects || typeof redirects !== 'object') return [];
  const slug = (value: unknown) => typeof value === 'string' && topicSlug.safeParse(value).success;
  return Object.entries(redirects).filter(([from, to]) => slug(from) && slug(to)) as [string, string][];
}

/** The page at `publications/<from>/`, leading to `publications/<to>/` by a relative link. */
export function redirectPage(to: string): { path: (from: string) => string; html: string } {
  // Slugs are lower-case letters, digits and hyphens (`redirectPairs`): nothing here needs escaping.
  const target = `../${to}/`;
  return {
    path: (from) => `${sitePaths.paper(from)}index.html`,
    html:
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>This paper has moved</title>' +
      `<meta http-equiv="refresh" content="0; url=${target}"><link rel="canonical" href="${target}"><meta name="robots" content="noindex">` +
      `</head><body><p>This paper has moved to <a href="${target}">its page</a>.</p></body></html>\n`,
  };
}

/**
 * Absolute URLs for exports. Feeds, JSON and BibTeX are read away from the site, so every link in
 * them is absolute: the configured `site` origin joined with `base`.
 */
import { sitePaths } from '../site-paths.ts';

export interface SiteLocation {
  /** The site's origin (Astro's `context.site`), e.g. `https://jane.example.org`. */
  site: URL | string;
  /** Astro's `import.meta.env.BASE_URL`: `/` or `/my-repo/` (with or without its trailing slash). */
  base: string;
}

/** The base path, always starting and ending with `/`: `/my-repo/`. */
export function basePath(base: string): string {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** The home page, always ending in `/`: `https://jane.example.org/my-repo/`. */
export function homeUrl({ site, base }: SiteLocation): string {
  return new URL(basePath(base), site).href;
}

/** A path under the site, relative to `base`: `siteUrl(loc, 'publications.json')`. */
export function siteUrl(location: SiteLocation, path: string): string {
  return new URL(path.replace(/^\/+/, ''), homeUrl(location)).href;
}

/** The paper's page, at the same path the site's own links use. */
export function paperUrl(location: SiteLocation, slug: string): string {
  return siteUrl(location, sitePaths.paper(slug));
}

/** The paper's own BibTeX file, next to its page. */
export function paperBibtexUrl(location: SiteLocation, slug: string): string {
  return siteUrl(location, sitePaths.paperBibtex(slug));
}

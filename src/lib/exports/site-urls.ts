/**
 * URLs for exports. Feeds, JSON and BibTeX are read away from the site, so every link in them is
 * absolute: the configured `site` origin joined with `base`. When no `site` is configured they are
 * paths from the site's root (`/my-repo/publications/x/`), never a made-up origin.
 */
import { sitePaths } from '../site-paths.ts';

export interface SiteLocation {
  /** The site's origin, e.g. `https://jane.example.org`; undefined when the owner set none. */
  site: URL | string | undefined;
  /** Astro's `import.meta.env.BASE_URL`: `/` or `/my-repo/` (with or without its trailing slash). */
  base: string;
}

/** The base path, always starting and ending with `/`: `/my-repo/`. */
export function basePath(base: string): string {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** The home page, always ending in `/`: `https://jane.example.org/my-repo/`. */
export function homeUrl({ site, base }: SiteLocation): string {
  return site ? new URL(basePath(base), site).href : basePath(base);
}

/** A path under the site, relative to `base`: `siteUrl(loc, 'publications.json')`. */
export function siteUrl(location: SiteLocation, path: string): string {
  const relative = path.replace(/^\/+/, '');
  return location.site ? new URL(relative, homeUrl(location)).href : homeUrl(location) + relative;
}

/** The paper's page, at the same path the site's own links use. */
export function paperUrl(location: SiteLocation, slug: string): string {
  return siteUrl(location, sitePaths.paper(slug));
}

/** The paper's own BibTeX file, next to its page. */
export function paperBibtexUrl(location: SiteLocation, slug: string): string {
  return siteUrl(location, sitePaths.paperBibtex(slug));
}

/**
 * The paper's page as an absolute URL, or undefined without a configured site: for BibTeX and
 * CSL-JSON, whose readers (LaTeX, reference managers) have no site to resolve a path against.
 */
export function absolutePaperUrl(location: SiteLocation, slug: string): string | undefined {
  return location.site ? paperUrl(location, slug) : undefined;
}

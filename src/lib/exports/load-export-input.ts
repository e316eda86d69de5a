/**
 * Everything the export endpoints read, loaded once per build: publications newest first, the
 * owner's settings, topic labels, citation keys, and where the site lives.
 */
import { citationKeysOf } from '../citation-keys.ts';
import { configuredSite } from './configured-site.ts';
import { loadPublications } from '../load-publications.ts';
import { loadSiteSettings, type SiteSettings } from '../load-site-settings.ts';
import { loadTaxonomy } from '../load-taxonomy.ts';
import type { PublicationView } from '../publication-view.ts';
import type { SiteLocation } from './site-urls.ts';

export interface ExportInput {
  publications: PublicationView[];
  settings: SiteSettings;
  /** Topic slug → label, in the order of `content/topics.yaml`. */
  topicLabels: Map<string, string>;
  citationKeys: Map<string, string>;
  location: SiteLocation;
}

let cached: Promise<ExportInput> | undefined;

/**
 * Computed once per build: every per-paper `.bib` endpoint asks for it, and recomputing the
 * site-wide citation keys for each of them made a thousand-paper build quadratic.
 */
export function loadExportInput(): Promise<ExportInput> {
  const settings = loadSiteSettings();
  // Not Astro's `site`, which falls back to a placeholder: see configured-site.ts.
  const site = configuredSite(settings.profile);
  cached ??= loadPublications().then((publications) => ({
    publications,
    settings,
    topicLabels: new Map(loadTaxonomy().map((topic) => [topic.slug, topic.label])),
    // The same keys the paper pages and `.bib` routes get (computed once per collection).
    citationKeys: citationKeysOf(publications),
    location: { site, base: import.meta.env.BASE_URL },
  }));
  return cached;
}

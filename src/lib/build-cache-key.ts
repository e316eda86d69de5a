/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in `astro.config.mjs`): a
 * page whose key and code are both unchanged since the last build is not rendered again.
 *
 * A key must change whenever anything the page shows changes. So a page gets everything it shows
 * from its props (computed in `getStaticPaths`: related papers, citation key, its topics' labels),
 * and its key covers those props, the navigation, and the site-wide files that every page reads (the owner's
 * settings and what the ingest detected). The topic taxonomy is not among them: a topic added for
 * a new paper would otherwise render every paper page again.
 *
 * Astro itself covers the rest: the page's code and its imports, the config (site, base), the
 * lockfile, and the rendered abstract of each collection entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Topic } from '../schema/topics.ts';
import { contentPaths } from './content-paths.ts';
import type { ExportInput } from './exports/load-export-input.ts';
import type { PublicationView } from './publication-view.ts';
import { siteNavigation } from './site-navigation.ts';

/** The owner's components (`content/components/`) too: a paper body or the About page may use them. */
function siteWideFiles(): string[] {
  let components: string[] = [];
  try {
    components = readdirSync(contentPaths.components)
      .sort()
      .map((name) => `${contentPaths.components}/${name}`);
  } catch {
    // No components folder: nothing to cover.
  }
  return [contentPaths.profile, contentPaths.siteData, ...components];
}

let siteWideDigest: string | undefined;

function digestOfSiteWideFiles(): string {
  if (siteWideDigest !== undefined) return siteWideDigest;
  const hash = createHash('sha256');
  for (const path of siteWideFiles()) {
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // A missing file is a state of its own: an empty one hashes the same, which renders the same.
    }
    hash.update(path).update('\0').update(text).update('\0');
  }
  // Every page's header lists the CV (when there is one) and the owner's pages; editing the CV's
  // content or a page's body changes no other page.
  hash.update(JSON.stringify(siteNavigation()));
  siteWideDigest = hash.digest('hex');
  return siteWideDigest;
}

/** The key for a page that renders `props` (any JSON-serialisable value). */
export function buildCacheKey(props: unknown): string {
  return createHash('sha256').update(digestOfSiteWideFiles()).update(JSON.stringify(props)).digest('base64url');
}

/**
 * The key for a page that lists publications (a page of the full list, a topic's page): its props,
 * and what its entries read besides their own paper. Each entry's topic tags are labelled from the
 * taxonomy, and an entry that shows its BibTeX shows a citation key that depends on the other papers.
 */
export function listPageCacheKey(
  props: unknown,
  listed: readonly PublicationView[],
  context: { taxonomy: readonly Topic[]; citationKeys: ReadonlyMap<string, string> },
): string {
  const citationKeys = listed.map((publication) => context.citationKeys.get(publication.slug) ?? null);
  return buildCacheKey({ props, taxonomy: context.taxonomy, citationKeys });
}

/**
 * The key for a file of every publication (`/publications.bib`, `/publications.csl.json`): every
 * publication as the site shows it, and where the site lives. Citation keys follow from the
 * publications; the owner's settings are in every key.
 */
export function exportCacheKey(input: Pick<ExportInput, 'publications' | 'location'>): string {
  let key = exportKeys.get(input);
  if (key === undefined) exportKeys.set(input, (key = buildCacheKey({ publications: input.publications, location: input.location })));
  return key;
}

/** Both files ask with the same input, loaded once per build: its key is worked out once. */
const exportKeys = new WeakMap<object, string>();

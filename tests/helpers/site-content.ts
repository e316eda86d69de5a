/**
 * What the built site should show, read straight from the content the build read (the ingest's
 * MDX files, profile.yaml, site.json, topics.yaml) through the shared schema — so browser tests
 * derive their expectations from the data, never from facts about one researcher.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../src/lib/yaml.ts';
import { publicationSchema } from '../../src/schema/publication.ts';
import { compareNewestFirst, toPublicationView, type PublicationView } from '../../src/lib/publication-view.ts';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { loadSiteSettings, type SiteSettings } from '../../src/lib/load-site-settings.ts';
import { loadTaxonomy } from '../../src/lib/load-taxonomy.ts';
import type { Topic } from '../../src/schema/topics.ts';

export interface SiteContent {
  publications: PublicationView[];
  settings: SiteSettings;
  taxonomy: Topic[];
}

function readPublication(file: string): PublicationView {
  const text = readFileSync(join(contentPaths.publications, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  const data = publicationSchema.parse(readYaml(match[1] ?? ''));
  return toPublicationView(file.replace(/\.mdx$/, ''), data, match[2] ?? '');
}

export function loadSiteContent(): SiteContent {
  const files = readdirSync(contentPaths.publications).filter((file) => file.endsWith('.mdx'));
  return {
    // As `loadPublications` does: publications the owner marked `hidden` are not on the site.
    publications: files
      .map(readPublication)
      .filter((publication) => !publication.hidden)
      .sort(compareNewestFirst),
    settings: loadSiteSettings(),
    taxonomy: loadTaxonomy(),
  };
}

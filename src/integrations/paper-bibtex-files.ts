/**
 * The papers' own BibTeX files, `/publications/<slug>.bib`.
 *
 * In a build they are files, not routes: written once Astro has rendered its pages
 * (`astro:build:generated`), from the collection's files, with the same entries, keys and URLs as
 * `/publications.bib`. As a route each of them also went through Astro's rendering, a Response,
 * two file writes (the page and the incremental build's copy) and two log lines: leaving the 1,000
 * routes out took 1.65 s off a clean 1,000-paper build, and writing the files here costs about half
 * of that back (net 0.8 s faster; medians of five and eight ABBA rounds, docs/performance.md). A
 * file whose text is unchanged is left as it is, so it keeps its modification time.
 *
 * `astro dev` serves each on request, through an injected route (src/routes/paper-bibtex.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { citationKeysOf } from '../lib/citation-keys.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { configuredSite } from '../lib/exports/configured-site.ts';
import { paperBibtex } from '../lib/exports/paper-bibtex.ts';
import { loadSiteSettings } from '../lib/load-site-settings.ts';
import { readPublicationViews } from '../lib/read-publication-views.ts';
import { sitePaths } from '../lib/site-paths.ts';
import { readIfExistsSync } from '../lib/write-output.ts';

/**
 * The integration, and which files in `dist/` it wrote or left in place: they are no route's
 * output, so `pruneStaleOutput` must be told to keep them.
 */
export function paperBibtexFiles(): AstroIntegration & { isOutput: (path: string) => boolean } {
  let base = '/';
  const outputs = new Set<string>();
  return {
    name: 'paper-bibtex-files',
    isOutput: (path) => outputs.has(path),
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({ pattern: '/publications/[slug].bib', entrypoint: './src/routes/paper-bibtex.ts' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:generated': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const { path, text } of await paperBibtexTexts(contentPaths.publications, base)) {
          const target = join(root, path);
          outputs.add(target);
          if (readIfExistsSync(target) === text) continue;
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, text);
        }
      },
    },
  };
}

/** Each shown paper's BibTeX file, as a path in the site and its text. */
export async function paperBibtexTexts(folder: string, base: string): Promise<{ path: string; text: string }[]> {
  const publications = await readPublicationViews(folder);
  // Keys over the whole collection, newest first, exactly as the pages and `/publications.bib` get them.
  const citationKeys = citationKeysOf(publications);
  // Not Astro's `site`, which falls back to a placeholder: see configured-site.ts.
  const location = { site: configuredSite(loadSiteSettings().profile), base };
  return publications.map((publication) => ({
    path: sitePaths.paperBibtex(publication.slug),
    text: paperBibtex(publication, citationKeys.get(publication.slug), location),
  }));
}

/**
 * After a build, warns about links within the site that lead nowhere, naming the page and the link:
 * most often a file (a CV, slides) linked from a page but never put in `public/`. A warning, not an
 * error: the site is still usable, and the owner may add the file later.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLocalLinks, type PageHtml } from '../lib/local-links.ts';
import { sitePaths } from '../lib/site-paths.ts';

function htmlFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function checkLocalLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'check-local-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Read one after another: nothing else runs at this point of the build, and a thousand reads
        // at once on the thread pool took twice as long (1,055 pages: 0.28 s against 0.13 s).
        const pages: PageHtml[] = htmlFiles(root).map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
        const broken = findBrokenLocalLinks(pages, {
          base,
          exists: (file) => existsSync(join(root, file)),
          // Written after the build, by `npm run cv:pdf`.
          ignore: [sitePaths.cvPdf],
        });
        for (const link of broken)
          logger.warn(
            `${link.page} links to ${link.href}, which the site does not have. A file to serve belongs in public/ ` +
              '(public/files/slides.pdf is served at /files/slides.pdf).',
          );
      },
    },
  };
}

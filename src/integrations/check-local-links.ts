/**
 * After a build, warns about links within the site that lead nowhere, naming the page and the link:
 * most often a file (a CV, slides) linked from a page but never put in `public/`. A warning, not an
 * error: the site is still usable, and the owner may add the file later.
 *
 * The pages are read, and their links found, as soon as Astro has written them
 * (`astro:build:generated`): the build is then often still waiting for the last social cards, and
 * the reading (0.15 s of a 1,000-paper build) fits in that wait. Whether each link leads somewhere is
 * decided at the very end (`astro:build:done`, after pruneStaleOutput), from the files this build
 * leaves; a page the pruning removed is not reported on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, localLinks, type LocalLink } from '../lib/local-links.ts';
import { sitePaths } from '../lib/site-paths.ts';

function htmlFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The links on every page of the built folder. */
function linksOfPages(root: string, base: string): LocalLink[] {
  // Read one after another: nothing else runs on this thread at this point of the build, and a
  // thousand reads at once on the thread pool took twice as long (1,055 pages: 0.28 s against 0.13 s).
  const pages = htmlFiles(root).map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
  return localLinks(pages, base);
}

export function checkLocalLinks(): AstroIntegration {
  let base = '/';
  let found: LocalLink[] | undefined;
  return {
    name: 'check-local-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:generated': ({ dir }) => {
        found = linksOfPages(fileURLToPath(dir), base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const links = found ?? linksOfPages(root, base);
        found = undefined;
        const pageRemains = new Map<string, boolean>();
        const remaining = links.filter((link) => {
          let remains = pageRemains.get(link.page);
          if (remains === undefined) pageRemains.set(link.page, (remains = existsSync(join(root, link.page))));
          return remains;
        });
        const broken = brokenLinks(remaining, {
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

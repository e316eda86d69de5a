/**
 * After a build, warns about links within the site that lead nowhere, naming the page and the link:
 * most often a file (a CV, slides) linked from a page but never put in `public/`. A warning, not an
 * error: the site is still usable, and the owner may add the file later.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLocalLinks, type PageHtml } from '../lib/local-links.ts';
import { sitePaths } from '../lib/site-paths.ts';

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
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
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PageHtml[] = await Promise.all(
          (await htmlFiles(root)).map(async (file) => ({ file, html: await readFile(join(root, file), 'utf8') })),
        );
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

/**
 * Writes the pages that keep retired paper URLs alive (src/lib/slug-redirects.ts), as soon as Astro
 * has written its pages: before the pruning, and before the link check reads the pages. They are
 * written on every build, so that the pruning, which keeps what this build wrote, keeps them; a
 * retired slug is by definition no paper's, so no page is replaced.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentPaths } from '../lib/content-paths.ts';
import { redirectPage, redirectPairs } from '../lib/slug-redirects.ts';

export function slugRedirects(): AstroIntegration {
  return {
    name: 'slug-redirects',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        const state = await readFile(contentPaths.state, 'utf8').then(
          (text) => JSON.parse(text) as unknown,
          () => null,
        );
        const root = fileURLToPath(dir);
        let written = 0;
        for (const [from, to] of redirectPairs(state)) {
          const page = redirectPage(to);
          const file = join(root, page.path(from));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, page.html);
          written += 1;
        }
        if (written > 0) logger.info(`${written} retired paper address(es) lead to the paper that absorbed them.`);
      },
    },
  };
}

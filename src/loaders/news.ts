/**
 * The news collection's loader: Astro's `glob()` over `content/news/*.md`, except that a project
 * with no news folder (most) builds without a warning. News is optional; a missing folder means none.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

export function newsLoader(options: { base: string }): Loader {
  const inner = glob({ pattern: '*.md', base: options.base });
  return {
    name: 'news-loader',
    async load(context) {
      if (existsSync(fileURLToPath(new URL(options.base, context.config.root)))) return inner.load(context);
      context.store.clear();
    },
  };
}

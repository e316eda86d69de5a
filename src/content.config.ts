import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from './lib/content-paths.ts';
import { newsLoader } from './loaders/news.ts';
import { publicationsLoader } from './loaders/publications.ts';
import { newsSchema } from './schema/news.ts';
import { ownPageSchema } from './schema/own-page.ts';
import { publicationSchema } from './schema/publication.ts';

const publications = defineCollection({
  loader: publicationsLoader({ base: `./${contentPaths.publications}/`, components: `./${contentPaths.components}/` }),
  schema: publicationSchema,
});

const news = defineCollection({
  loader: newsLoader({ base: `./${contentPaths.news}/` }),
  schema: newsSchema,
});

/** The owner's own pages, compiled by Astro's MDX integration: imports, components and math work. */
const pages = defineCollection({
  // Most sites have no pages folder: an empty loader spares them the glob loader's warning.
  loader: existsSync(contentPaths.pages)
    ? glob({
        pattern: ['*.mdx', '!_*'],
        base: `./${contentPaths.pages}`,
        // The file name is the URL, exactly (own-pages.ts refuses names that are not URL segments).
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      })
    : () => [],
  schema: ownPageSchema,
});

export const collections = { publications, news, pages };

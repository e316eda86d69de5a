import { defineCollection } from 'astro:content';
import { contentPaths } from './lib/content-paths.ts';
import { newsLoader } from './loaders/news.ts';
import { publicationsLoader } from './loaders/publications.ts';
import { newsSchema } from './schema/news.ts';
import { publicationSchema } from './schema/publication.ts';

const publications = defineCollection({
  loader: publicationsLoader({ base: `./${contentPaths.publications}/`, components: `./${contentPaths.components}/` }),
  schema: publicationSchema,
});

const news = defineCollection({
  loader: newsLoader({ base: `./${contentPaths.news}/` }),
  schema: newsSchema,
});

export const collections = { publications, news };

import { defineCollection } from 'astro:content';
import { contentPaths } from './lib/content-paths.ts';
import { publicationsLoader } from './loaders/publications.ts';
import { publicationSchema } from './schema/publication.ts';

const publications = defineCollection({
  loader: publicationsLoader({ base: `./${contentPaths.publications}/`, components: `./${contentPaths.components}/` }),
  schema: publicationSchema,
});

export const collections = { publications };

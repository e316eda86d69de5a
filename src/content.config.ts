import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { publicationSchema } from './schema/publication.ts';

const publications = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/publications' }),
  schema: publicationSchema,
});

export const collections = { publications };

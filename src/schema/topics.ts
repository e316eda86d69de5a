/**
 * `content/topics.yaml`: the topic taxonomy. The ingest derives it from the documents the first time
 * and only ever appends to it afterwards, so the owner can rename labels, merge or delete topics,
 * and tune keywords, and slugs stay stable.
 */
import { z } from 'astro/zod';
import { topicSlug } from './publication.ts';

export const topicSchema = z.object({
  slug: topicSlug,
  label: z.string().min(1),
  /** Phrases that tag a paper with this topic when they occur in its title or abstract. */
  keywords: z.array(z.string().min(1)).min(1),
});

export const taxonomySchema = z.object({ topics: z.array(topicSchema) });

export type Topic = z.output<typeof topicSchema>;
export type Taxonomy = z.output<typeof taxonomySchema>;

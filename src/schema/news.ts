/**
 * A news item, `content/news/<anything>.md`: a date in the frontmatter and a short Markdown body
 * ("Our paper on X was accepted at ICLR 2026."). The home page shows the latest few, `/news/`
 * shows all, and the feed carries them next to the papers.
 */
import { z } from 'astro/zod';

export const newsSchema = z
  .object({
    /** When it happened, `YYYY-MM-DD` (quoted, so YAML keeps it a string). */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, in quotes: date: "2026-03-01"'),
    /** A headline for the feed; the text's first sentence is used when there is none. */
    title: z.string().min(1).optional(),
  })
  .strict();

export type News = z.output<typeof newsSchema>;

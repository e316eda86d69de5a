/**
 * `content/generated/site.json`: what the ingest learned about the owner from the documents, for the
 * site to show. It is rewritten on every ingest; owners put their own settings in `profile.yaml`.
 */
import { z } from 'astro/zod';

export const statSchema = z.object({
  /** As the document labels it ("citations", "h-index"). */
  label: z.string().min(1),
  /** As the document prints it ("1,749"). */
  value: z.string().min(1),
  /** The document it came from (for the ingest's report; never shown to visitors). */
  source: z.string().min(1),
  /** What kind of document it came from, for visitors ("a profile page"). */
  origin: z.string().min(1).optional(),
  /** The year the document was captured, when it tells ("as of 2026"). */
  year: z.number().int().optional(),
  /** When the figure was taken (`YYYY-MM-DD`), when the document says. */
  date: z.string().optional(),
});

export const siteDataSchema = z.object({
  owner: z.object({
    name: z.string().min(1).nullable(),
    /** Where the name came from: `profile.yaml` or a document's file name. */
    source: z.string().nullable(),
  }),
  stats: z.array(statSchema).default([]),
});

export type SiteData = z.output<typeof siteDataSchema>;
export type Stat = z.output<typeof statSchema>;

/**
 * `content/profile.yaml`: the owner's own settings. Every field is optional, so a folder of documents
 * alone builds a site; whatever is set here outranks what the ingest detects.
 */
import { z } from 'astro/zod';
import { httpUrl } from './publication.ts';

/** A header link: a web page, or `mailto:` an address (a new user's first way of giving their e-mail). */
export const profileLink = z.union([httpUrl, z.string().regex(/^mailto:[^\s@<>"]+@[^\s@<>"]+$/)], {
  error: 'Expected an http(s) URL or a mailto: address',
});

export const profileSchema = z
  .object({
    /** The owner's name as it should be shown. Also decides which documents are about the owner. */
    name: z.string().min(1).optional(),
    /** Other spellings of the name in author lists ("J. Doe", "Doe, Jane"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** A one-line description under the name ("PhD student in NLP"). */
    headline: z.string().optional(),
    affiliation: z.string().optional(),
    /** A short paragraph about the owner. */
    bio: z.string().optional(),
    email: z.email().optional(),
    /** A photo, relative to `content/` (for example `photo.jpg`). Resized at build. */
    photo: z.string().optional(),
    /** Links shown in the header: label → URL, http(s) or an e-mail address as `mailto:`. */
    links: z.record(z.string(), profileLink).default({}),
    /** The deployed site's origin (`https://jane.example.org`); the SITE_URL variable outranks it. */
    site: httpUrl.optional(),
    /** The path the site is served under (`/my-repo/` on GitHub Pages); the BASE_PATH variable outranks it. */
    base: z.string().optional(),
    /**
     * Which figures the documents report to show under the name, by label (`[citations, h-index]`);
     * `[]` for none. Unset: the standard ones only (papers, citations, h-index, i10-index), never an
     * aggregator's own scores.
     */
    stats: z.array(z.string().min(1)).optional(),
    /** How many publications the home page lists per page of the full list. */
    pageSize: z.number().int().positive().optional(),
    /**
     * Citation counts ("Cited by N" on each paper, the most-cited list, the citation figures under
     * the name). Shown unless set to `false`.
     */
    citations: z.boolean().optional(),
  })
  .strict();

export type Profile = z.output<typeof profileSchema>;

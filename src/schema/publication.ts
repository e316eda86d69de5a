/**
 * The one schema for a publication's frontmatter.
 *
 * The ingest validates every file it writes against it, and `src/content.config.ts` validates every
 * file Astro reads against it, so the two can never drift apart. It imports zod from `astro/zod` so
 * that plain Node scripts can share it without Astro's runtime.
 */
import { z } from 'astro/zod';

/** Only absolute http(s) links may reach a page: `javascript:` and `data:` URLs are rejected here. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' });

/**
 * `YYYY-MM-DD`, or `YYYY-MM` when the documents only give a month (an arXiv id, say), or `YYYY` when
 * they give only a year (some BibTeX). A hand-written
 * unquoted `2024-05-01` reaches us as a YAML timestamp, so dates are accepted and turned back into text.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Expected YYYY-MM-DD, YYYY-MM or YYYY'),
);

/** A topic slug: lower-case words joined by hyphens. */
export const topicSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a slug like `federated-learning`');

export const publicationLinks = z
  .object({
    /** The arXiv abstract page. */
    arxiv: httpUrl.optional(),
    /** A direct PDF. */
    pdf: httpUrl.optional(),
    /** The code repository. */
    code: httpUrl.optional(),
    /** The publisher's page for the DOI. */
    doi: httpUrl.optional(),
    /** A project or documentation page. */
    project: httpUrl.optional(),
  })
  // Owners add their own links by hand (`slides`, `video`, `poster`…); any name is fine, any scheme is not.
  .catchall(httpUrl);

/**
 * What kind of work it is. It comes from the source (a BibTeX entry type, an arXiv record, a service's
 * work type), never from words in the venue's name.
 */
export const publicationType = z.enum(['article', 'conference', 'preprint', 'thesis', 'book', 'chapter', 'report', 'other']);
export type PublicationType = z.infer<typeof publicationType>;

/**
 * One version of the work: a conference paper, its journal version and its preprint are one
 * publication with several versions. Each keeps what identifies it and where it appeared.
 */
export const publicationVersion = z.object({
  type: publicationType.optional(),
  /** The venue as the source names it. */
  venue: z.string().min(1).optional(),
  date: partialDate.optional(),
  doi: z.string().min(1).optional(),
  arxiv: z.string().min(1).optional(),
  url: httpUrl.optional(),
  volume: z.string().min(1).optional(),
  issue: z.string().min(1).optional(),
  pages: z.string().min(1).optional(),
});

/** A citation count, with where and when it was taken: counts differ between services and grow. */
export const citationCount = z.object({
  count: z.number().int().nonnegative(),
  /** The service or document it came from ("Google Scholar", "OpenAlex"). */
  source: z.string().min(1),
  /** When the source gave it. */
  date: partialDate.optional(),
});

export const publicationSchema = z.object({
  /** The title. When no document gives one, a title derived from the abstract (see `titleDerived`). */
  title: z.string().min(1),
  /** Authors in order, as printed. */
  authors: z.array(z.string().min(1)),
  /** True when the best author list the documents give ends in "et al.". */
  authorsTruncated: z.boolean().optional(),
  /** When it appeared: the most precise date the most trusted document gives. Absent when unknown. */
  date: partialDate.optional(),
  /** Where it was published or accepted ("ICML 2025"). Absent for preprints. */
  venue: z.string().min(1).optional(),
  /** The arXiv id without its version suffix. */
  arxiv: z.string().regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, 'Expected an arXiv id such as 2401.01234').optional(),
  /** A DOI such as `10.1145/1234567.1234568`. */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'Expected a DOI such as 10.1000/xyz').optional(),
  /** The subject category the documents give (`CL`, `cs.LG`). */
  category: z.string().min(1).optional(),
  /** The kind of work; see `publicationType`. Absent when no source says. */
  type: publicationType.optional(),
  volume: z.string().min(1).optional(),
  issue: z.string().min(1).optional(),
  pages: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  /** The institution for a report, the school for a thesis. */
  institution: z.string().min(1).optional(),
  editors: z.array(z.string().min(1)).optional(),
  isbn: z.string().min(1).optional(),
  /** Every known version of the work (conference, journal, preprint), the one shown first. */
  versions: z.array(publicationVersion).optional(),
  /** The freshest citation count the sources give. */
  citations: citationCount.optional(),
  links: publicationLinks.default({}),
  /** Topic slugs from `content/topics.yaml`, best first. */
  topics: z.array(topicSlug).default([]),
  /** The documents in `content/sources/` that contributed to this publication. */
  sources: z.array(z.string().min(1)).default([]),
  /** Shown under "Selected publications" on the home page. Set by hand. */
  featured: z.boolean().default(false),
  /**
   * Kept off the site. Set by hand to hide a paper the documents list: deleting its file would not
   * help, since the next ingest writes it again.
   */
  hidden: z.boolean().default(false),
  /** True when no document gave a title and the ingest derived one from the abstract. */
  titleDerived: z.boolean().optional(),
});

/** What a publication file holds, after defaults are applied. */
export type Publication = z.output<typeof publicationSchema>;
/** What may be written into a publication file. */
export type PublicationInput = z.input<typeof publicationSchema>;

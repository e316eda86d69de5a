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

/**
 * What an author did beyond writing, as the source marks it. Bibliographies mark these with symbols
 * after the name (al-folio's `Doe*, Jane`, `Roe†, Ann`); the ingest reads the symbols (and the entry's
 * `annotation` saying what they mean) into roles, and the symbols never reach the name.
 */
export const authorRole = z.enum(['equal-contribution', 'corresponding']);

/**
 * One author's name in parts, as the source splits it (BibTeX's "von Last, Jr, First"; arXiv gives
 * one string, split the BibTeX way). Exports read these instead of splitting display strings again,
 * so "van der Berg" keeps its particle and "Del Maestro" is not filed under "Maestro".
 */
export const personName = z.object({
  /** Given names, initials as written ("Jane Q."). */
  given: z.string().min(1).optional(),
  /** The family name without its particle ("Berg" in "van der Berg"). */
  family: z.string().min(1).optional(),
  /** The particle before the family name, as written ("van der", "Del", "de"). */
  particle: z.string().min(1).optional(),
  /** "Jr.", "III". */
  suffix: z.string().min(1).optional(),
  /** A name that is not split: a consortium or an organisation ("The XYZ Collaboration"). */
  literal: z.string().min(1).optional(),
  roles: z.array(authorRole).optional(),
});

/** A preview image: a path relative to `content/` (no `..`, no leading `/`), or an http(s) URL. */
export const previewImage = z.union([
  httpUrl,
  z
    .string()
    .regex(/^(?![a-z][a-z0-9+.-]*:)(?![/\\])(?!(?:.*[/\\])?\.\.(?:[/\\]|$))\S(?:.*\S)?$/i, 'Expected a path relative to content/ or an http(s) URL'),
]);

export const publicationSchema = z.object({
  /** The title. When no document gives one, a title derived from the abstract (see `titleDerived`). */
  title: z.string().min(1),
  /**
   * Authors in order, as printed ("Jane Q. van der Berg"): the display strings every page, the search
   * and ownership use. Never carries marker symbols (`*`, `†`); those are `authorNames[i].roles`.
   */
  authors: z.array(z.string().min(1)),
  /**
   * The same authors in parts, parallel to `authors` (entry i is author i), when a source splits them.
   * Optional and additive: pages keep reading `authors`; exports (BibTeX, CSL, Scholar tags) read
   * these for family/given/particle/suffix and roles. Ignored when its length differs from `authors`
   * (an owner who edits `authors` by hand and not this list gets the display strings split again).
   * The ingest writes it only when it tells more than the display strings: some name has a role, a
   * particle, a suffix, is literal, or would be split wrongly at its last space ("García Márquez").
   */
  authorNames: z.array(personName).optional(),
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
  /**
   * The subject category the documents give: arXiv's full primary category (`cs.CL`, `math.PR`,
   * `hep-th`) when a record or a listing says it, otherwise what the document gives (`CL`).
   */
  category: z.string().min(1).optional(),
  /** The kind of work; see `publicationType`. Absent when no source says. */
  type: publicationType.optional(),
  volume: z.string().min(1).optional(),
  issue: z.string().min(1).optional(),
  pages: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  /** The institution for a report, the school for a thesis. */
  institution: z.string().min(1).optional(),
  /** Editors of the book or proceedings the work appeared in, as display strings like `authors`. */
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
  /** A short venue label shown as a badge beside the entry (al-folio's `abbr`: "NeurIPS", "PRL"). */
  abbr: z.string().min(1).optional(),
  /** An award the paper received, shown with the entry (al-folio's `award`/`award_name`: "Best Paper Award"). */
  award: z.string().min(1).optional(),
  /** A thumbnail shown beside the entry (al-folio's `preview`); see `previewImage`. */
  preview: previewImage.optional(),
  /**
   * Whether the entry offers its BibTeX on the lists (al-folio's `bibtex_show`). Absent: the site's
   * default. Paper pages always show it.
   */
  bibtexShow: z.boolean().optional(),
  /**
   * Shown under "Selected publications" on the home page. Set by hand, or by a bibliography that
   * marks the entry (al-folio's `selected = {true}`).
   */
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
/** One author's name in parts; see `personName`. */
export type PersonName = z.output<typeof personName>;

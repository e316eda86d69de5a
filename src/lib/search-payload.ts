/**
 * The shape of `search-index.json`, shared by the build that writes it (`search-documents.ts`) and
 * the browser code that reads it (`src/client/search/`). Types and constants only, so the browser
 * bundle carries none of the build code.
 */

/**
 * One publication: `[slug, title, authors, venue, year, topic indexes, abstract terms, full venue]`.
 * `venue` is the short form a result shows ("NeurIPS 2024"); `fullVenue` is the name as written, when
 * it differs, so that both find the paper. The slug is stored as a number when it is the first
 * that many characters of `slugifyTitle(title)` (`expandSlug` undoes it).
 */
export type SearchRow = [
  slug: string | number,
  title: string,
  authors: string[],
  venue: string,
  year: number | null,
  topics: number[],
  terms: string,
  fullVenue: string,
];

export interface SearchPayload {
  /** Bumped whenever the layout changes, so a stale cached file is never misread. */
  version: 2;
  /** `[slug, label]` per topic; rows refer to topics by position. */
  topics: [slug: string, label: string][];
  rows: SearchRow[];
  /**
   * The vocabulary's Fuse index, compacted: every record of a Fuse string-list index is
   * `{ v: word, i: position, n: norm }`, and for single words `i` is the position and `n` the same
   * number for all, so only the words and that one norm are written. The browser puts the records
   * back together before handing them to `Fuse.parseIndex`.
   */
  vocabulary: { words: string[]; norm: number };
}

/** How much a match in each field counts. The title counts most. */
export const fieldWeights = {
  title: 4,
  authors: 2,
  topics: 1.5,
  venue: 1,
  year: 1,
  terms: 1,
} as const;

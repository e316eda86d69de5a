/**
 * The order of precedence for conflicting fields. When documents disagree, the value comes from the
 * most trusted record that has one; ties go to the earlier document (by file name), then line.
 *
 * | field                  | most trusted first                                                       |
 * | ---------------------- | ------------------------------------------------------------------------ |
 * | title                  | arXiv record, BibTeX, profile page, trending page (never a listing)      |
 * | authors                | a complete list over a truncated one; then as for title                  |
 * | abstract               | arXiv record, arXiv listings, BibTeX, profile page, trending page        |
 * | date                   | arXiv `published`/`Created:`, the arXiv id's month, BibTeX, aggregators; |
 * |                        | a less trusted date refines a more trusted one only if they agree        |
 * | venue                  | arXiv `journal_ref`/comment, listing comment, BibTeX                     |
 * | links, category, type  | by authority, per link                                                   |
 * | volume, issue, pages   | as for venue                                                             |
 * | citations              | the freshest count; on the same day the largest (each service misses     |
 * |                        | citations the others find, none invents them); undated counts last       |
 */
import type { Authority, CitationClaim, DateClaim, SourceRecord } from '../model.ts';

const authorityRank: Record<Authority, number> = {
  registry: 0,
  bibliography: 1,
  listing: 2,
  aggregator: 3,
  trending: 4,
};

/** Abstracts: arXiv's own copies (API, listings) come before bibliographies, which often abridge them. */
const abstractRank: Record<Authority, number> = { ...authorityRank, listing: 1, bibliography: 2 };

const dateRank: Record<DateClaim['kind'], number> = {
  published: 0,
  created: 0,
  'arxiv-id': 1,
  bibliography: 2,
  aggregator: 3,
};

export function byAuthority(a: SourceRecord, b: SourceRecord): number {
  return authorityRank[a.authority] - authorityRank[b.authority] || byPosition(a, b);
}

export function byAbstractAuthority(a: SourceRecord, b: SourceRecord): number {
  return abstractRank[a.authority] - abstractRank[b.authority] || Number(!a.arxiv) - Number(!b.arxiv) || byPosition(a, b);
}

/**
 * Venues, as the table above documents: arXiv's records and listing comments before BibTeX. (Merging
 * used `byAuthority` for venues, which put BibTeX first, against this table.)
 */
export function byVenueAuthority(a: SourceRecord, b: SourceRecord): number {
  return abstractRank[a.authority] - abstractRank[b.authority] || byPosition(a, b);
}

export function byPosition(a: SourceRecord, b: SourceRecord): number {
  return a.source.localeCompare(b.source, 'en') || a.line - b.line;
}

/** Complete author lists beat truncated ones; then authority; then the longer list. */
export function byAuthorListQuality(a: SourceRecord, b: SourceRecord): number {
  return (
    Number(Boolean(a.authorsTruncated)) - Number(Boolean(b.authorsTruncated)) ||
    byAuthority(a, b) ||
    (b.authors?.length ?? 0) - (a.authors?.length ?? 0)
  );
}

/**
 * The best date: the most trusted claim, made more precise by a less trusted one that agrees with it
 * (the arXiv id says `2025-09`, the profile page says `2025-09-30`: the paper appeared 2025-09-30).
 */
export function bestDate(claims: readonly DateClaim[]): string | undefined {
  const ranked = [...claims].sort((a, b) => dateRank[a.kind] - dateRank[b.kind] || b.value.length - a.value.length);
  const best = ranked[0];
  if (!best) return undefined;
  const refinement = ranked
    .filter((claim) => claim.value.length > best.value.length && claim.value.startsWith(best.value))
    .sort((a, b) => b.value.length - a.value.length || dateRank[a.kind] - dateRank[b.kind])[0];
  return refinement?.value ?? best.value;
}

/** The citation count to show: see the table above. */
export function bestCitations(claims: readonly CitationClaim[]): CitationClaim | undefined {
  return [...claims].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.count - a.count || a.source.localeCompare(b.source, 'en'),
  )[0];
}

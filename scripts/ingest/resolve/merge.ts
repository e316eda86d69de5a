/**
 * One publication from the records that describe it, each field settled by `precedence.ts`.
 * Pure: the same records always give the same publication.
 */
import { arxivAbsUrl, arxivPdfUrl, monthOfArxivId } from '../extract/arxiv-id.ts';
import type { DateClaim, RecordLinks, SourceRecord } from '../model.ts';
import { bestCitations, bestDate, byAbstractAuthority, byAuthority, byAuthorListQuality, byVenueAuthority } from './precedence.ts';
import { earliestDate, workVersions, type WorkVersion } from './versions.ts';

/** The record's fields a publication takes as they are, each from the record that wins it. */
type SettledFields = Pick<
  SourceRecord,
  | 'title'
  | 'abstract'
  | 'venue'
  | 'arxiv'
  | 'doi'
  | 'category'
  | 'authorNames'
  | 'type'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'publisher'
  | 'institution'
  | 'editors'
  | 'isbn'
  | 'abbr'
  | 'award'
  | 'preview'
  | 'bibtexShow'
  | 'featured'
  | 'citations'
>;

/** A publication as the documents describe it, before topics, slugs and hand edits are applied. */
export interface MergedPublication extends SettledFields {
  authors: string[];
  authorsTruncated: boolean;
  /** As precise as the best claim: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** The work's versions (conference, journal, preprint), main version first; empty for a single version. */
  versions: WorkVersion[];
  links: Record<string, string>;
  /** Contributing document names, sorted. */
  sources: string[];
  records: SourceRecord[];
}

function first<T>(records: readonly SourceRecord[], order: (a: SourceRecord, b: SourceRecord) => number, pick: (record: SourceRecord) => T | undefined) {
  for (const record of [...records].sort(order)) {
    const value = pick(record);
    if (value !== undefined) return { value, record };
  }
  return undefined;
}

export function mergeRecords(records: readonly SourceRecord[]): MergedPublication {
  const ordered = [...records].sort(byAuthority);
  const versions = workVersions(records);
  const main = versions[0];
  const arxiv = first(records, byAuthority, (record) => record.arxiv)?.value;
  // The main version's DOI, so that the DOI and the venue shown name the same version.
  const doi = main?.doi ?? first(records, byAuthority, (record) => record.doi)?.value;
  const authorList = first(records, byAuthorListQuality, (record) => (record.authors?.length ? record : undefined))?.value;
  const dateClaims: DateClaim[] = records.flatMap((record) => (record.date ? [record.date] : []));
  const idMonth = arxiv ? monthOfArxivId(arxiv) : undefined;
  if (idMonth) dateClaims.push({ value: idMonth, kind: 'arxiv-id' });

  const merged: MergedPublication = {
    authors: authorList?.authors ?? [],
    authorsTruncated: authorList ? Boolean(authorList.authorsTruncated) : false,
    versions,
    links: mergeLinks(ordered, arxiv, doi),
    sources: [...new Set(records.map((record) => record.source))].sort(),
    records: [...records],
  };
  const optional = {
    title: first(records, byAuthority, (record) => record.title)?.value,
    abstract: first(records, byAbstractAuthority, (record) => record.abstract)?.value,
    // A work keeps its earliest version's year: early work never vanishes from its own year.
    date: earliestDate(bestDate(dateClaims), versions),
    venue: main && main.type !== 'preprint' ? main.venue : first(records, byVenueAuthority, (record) => record.venue)?.value,
    arxiv,
    doi,
    category: first(records, byAuthority, (record) => record.category)?.value,
    authorNames: authorList?.authorNames,
    // A published version's type over "preprint": the arXiv record of a conference paper is its preprint.
    type: first(records, byAuthority, (record) => (record.type === 'preprint' ? undefined : record.type))?.value ?? first(records, byAuthority, (record) => record.type)?.value,
    // Where it appeared, in the venue's order, so that volume and pages come with their journal.
    volume: first(records, byVenueAuthority, (record) => record.volume)?.value,
    issue: first(records, byVenueAuthority, (record) => record.issue)?.value,
    pages: first(records, byVenueAuthority, (record) => record.pages)?.value,
    publisher: first(records, byVenueAuthority, (record) => record.publisher)?.value,
    institution: first(records, byVenueAuthority, (record) => record.institution)?.value,
    editors: first(records, byVenueAuthority, (record) => record.editors)?.value,
    isbn: first(records, byAuthority, (record) => record.isbn)?.value,
    abbr: first(records, byAuthority, (record) => record.abbr)?.value,
    award: first(records, byAuthority, (record) => record.award)?.value,
    preview: first(records, byAuthority, (record) => record.preview)?.value,
    bibtexShow: first(records, byAuthority, (record) => record.bibtexShow)?.value,
    featured: records.some((record) => record.featured) || undefined,
    citations: bestCitations(records.flatMap((record) => (record.citations ? [record.citations] : []))),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(merged, { [key]: value });
  return merged;
}

function mergeLinks(ordered: readonly SourceRecord[], arxiv: string | undefined, doi: string | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (arxiv) {
    links['arxiv'] = arxivAbsUrl(arxiv);
    links['pdf'] = arxivPdfUrl(arxiv);
  }
  if (doi) links['doi'] = `https://doi.org/${doi}`;
  for (const record of ordered) {
    for (const [kind, url] of Object.entries(record.links ?? {}) as [keyof RecordLinks, string | undefined][]) {
      if (url && !(kind in links)) links[kind] = url;
    }
  }
  return Object.fromEntries(Object.entries(links).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The versions of one work: a conference paper, its journal version and its preprint are one
 * publication, and each keeps what identifies it (its DOI or arXiv id, venue, date). Records are one
 * version when they share a DOI or an arXiv id. A bibliography entry with neither is a version of its
 * own venue when the bibliography lists the work more than once (a DBLP export without DOIs); alone,
 * it is the paper a preprint's comment announces ("ICLR 2025"), not another version. Records with
 * nothing of the kind (a profile page's entry) describe the work, not a version.
 *
 * The main version, shown first and on the page, is the most archival: a journal article, then a
 * conference paper, then books, chapters, theses and reports, then a preprint.
 */
import type { PublicationType } from '../../../src/schema/publication.ts';
import { arxivAbsUrl } from '../extract/arxiv-id.ts';
import type { SourceRecord } from '../model.ts';
import { bestDate, byAuthority } from './precedence.ts';

export interface WorkVersion {
  type?: PublicationType;
  venue?: string;
  date?: string;
  doi?: string;
  arxiv?: string;
  url?: string;
}

const archivalRank: Record<PublicationType, number> = {
  article: 0,
  conference: 1,
  book: 2,
  chapter: 2,
  thesis: 3,
  report: 3,
  other: 4,
  preprint: 5,
};

const rankOf = (version: WorkVersion) => (version.type ? archivalRank[version.type] : 4);

/** The work's versions, main version first, then by date; empty when the records show only one. */
export function workVersions(records: readonly SourceRecord[]): WorkVersion[] {
  const groups: SourceRecord[][] = [];
  const groupOf = new Map<string, SourceRecord[]>();
  const listedTwice = records.filter((record) => record.authority === 'bibliography').length > 1;
  for (const record of [...records].sort(byAuthority)) {
    const keys = versionKeys(record, listedTwice);
    if (keys.length === 0) continue;
    const group = keys.map((key) => groupOf.get(key)).find(Boolean) ?? [];
    if (group.length === 0) groups.push(group);
    group.push(record);
    for (const key of keys) if (!groupOf.has(key)) groupOf.set(key, group);
  }
  if (groups.length < 2) return [];
  return groups.map(versionOf).sort((a, b) => rankOf(a) - rankOf(b) || (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

function versionKeys(record: SourceRecord, listedTwice: boolean): string[] {
  const keys: string[] = [];
  if (record.doi) keys.push(`doi:${record.doi.toLowerCase()}`);
  if (record.arxiv) keys.push(`arxiv:${record.arxiv}`);
  if (keys.length === 0 && listedTwice && record.authority === 'bibliography' && record.venue) keys.push(`venue:${record.venue.toLowerCase()}`);
  return keys;
}

function versionOf(records: readonly SourceRecord[]): WorkVersion {
  const pick = <T>(value: (record: SourceRecord) => T | undefined) => records.map(value).find((found) => found !== undefined);
  const doi = pick((record) => record.doi);
  const arxiv = pick((record) => record.arxiv);
  const type = pick((record) => record.type) ?? (arxiv || records.every((record) => record.authority !== 'bibliography') ? 'preprint' : undefined);
  // An arXiv version's venue is arXiv: a listing's "Accepted at …" names the work's other version.
  const venue = pick((record) => (record.authority === 'bibliography' ? record.venue : undefined)) ?? pick((record) => record.venue);
  const date = bestDate(records.flatMap((record) => (record.date ? [record.date] : [])));
  const url = doi ? `https://doi.org/${doi}` : arxiv ? arxivAbsUrl(arxiv) : undefined;
  const version: WorkVersion = {};
  for (const [key, value] of Object.entries({ type, venue: type === 'preprint' && arxiv ? 'arXiv' : venue, date, doi, arxiv, url }))
    if (value !== undefined) Object.assign(version, { [key]: value });
  return version;
}

/** The earliest date among the versions, when it is in an earlier year than `date`. */
export function earliestDate(date: string | undefined, versions: readonly WorkVersion[]): string | undefined {
  const earliest = versions
    .map((version) => version.date)
    .filter((value): value is string => value !== undefined)
    .sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)) || b.length - a.length)[0];
  if (!earliest) return date;
  if (!date || earliest.slice(0, 4) < date.slice(0, 4)) return earliest;
  return date;
}

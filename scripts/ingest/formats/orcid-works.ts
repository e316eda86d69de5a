/**
 * ORCID works, as the public API v3.0 returns them (https://pub.orcid.org/v3.0/{orcid}/record, or
 * …/works): `group`s of `work-summary`, each with `title.title.value`, `external-ids.external-id`
 * (DOI, arXiv…), `type` (`journal-article`…), `publication-date` and `journal-title`. A group holds
 * the same work as several sources list it; the first summary stands for it.
 *
 * The `/record` answer also names the person (`person.name`), so the ingest can tell whose record it
 * is; the `/works` answer does not, and is taken to be the owner's (`npm run import` saves `/record`).
 */
import { field, readJson, recordLineFinder, text } from '../extract/json-document.ts';
import { parseArxivId } from '../extract/arxiv-id.ts';
import { collapseWhitespace } from '../extract/text.ts';
import type { DocumentFormat, DocumentSubject, PublicationType, SourceRecord } from '../model.ts';

/** ORCID's work types (https://info.orcid.org/ufaqs/what-work-types-does-orcid-support/) we can name. */
const workTypes: Record<string, PublicationType> = {
  'journal-article': 'article',
  'conference-paper': 'conference',
  'conference-proceedings': 'conference',
  preprint: 'preprint',
  'working-paper': 'report',
  report: 'report',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  book: 'book',
  'book-chapter': 'chapter',
};

export const orcidWorks: DocumentFormat = {
  name: 'orcid-works',
  label: 'ORCID works (public API JSON)',
  detect: (source) => /^\s*\{/.test(source) && /"work-summary"\s*:/.test(source) && /"put-code"\s*:/.test(source),
  parse(document) {
    const read = readJson(document, 'ORCID works');
    if (!read.ok) return { subject: { kind: 'unspecified' }, records: [], diagnostics: [read.diagnostic] };
    const works = field(field(read.value, 'activities-summary'), 'works') ?? read.value;
    const groups = field(works, 'group');
    const lineOf = recordLineFinder(document.text);
    const records = (Array.isArray(groups) ? groups : []).flatMap((group): SourceRecord[] => {
      const summaries = field(group, 'work-summary');
      const summary = Array.isArray(summaries) ? summaries[0] : undefined;
      const title = text(field(field(field(summary, 'title'), 'title'), 'value'));
      if (!summary || !title) return [];
      return [recordOf(summary, collapseWhitespace(title), document.name, lineOf(title))];
    });
    return { subject: subjectOf(read.value), records };
  },
};

function recordOf(summary: unknown, title: string, source: string, line: number): SourceRecord {
  const record: SourceRecord = { source, line, authority: 'bibliography', title };
  const ids = field(field(summary, 'external-ids'), 'external-id');
  for (const id of Array.isArray(ids) ? ids : []) {
    // "part-of" ids name the book or journal the work is in, not the work.
    if (field(id, 'external-id-relationship') === 'part-of') continue;
    const type = text(field(id, 'external-id-type'))?.toLowerCase();
    const value = text(field(field(id, 'external-id-normalized'), 'value')) ?? text(field(id, 'external-id-value'));
    if (!value) continue;
    if (type === 'doi' && !record.doi) record.doi = value.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').toLowerCase();
    if (type === 'arxiv' && !record.arxiv) {
      const arxiv = parseArxivId(value);
      if (arxiv) record.arxiv = arxiv;
    }
  }
  const type = workTypes[text(field(summary, 'type')) ?? ''];
  if (type) record.type = type;
  const venue = text(field(field(summary, 'journal-title'), 'value'));
  if (venue) record.venue = collapseWhitespace(venue);
  const date = publicationDate(field(summary, 'publication-date'));
  if (date) record.date = { value: date, kind: 'bibliography' };
  return record;
}

/** `{year: {value: "2021"}, month: {value: "04"}, day: null}` → `2021-04`. */
function publicationDate(value: unknown): string | undefined {
  const part = (name: string) => text(field(field(value, name), 'value'));
  const year = part('year');
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const month = part('month');
  if (!month || !/^(0[1-9]|1[0-2])$/.test(month)) return year;
  const day = part('day');
  return day && /^(0[1-9]|[12]\d|3[01])$/.test(day) ? `${year}-${month}-${day}` : `${year}-${month}`;
}

function subjectOf(root: unknown): DocumentSubject {
  const name = field(field(root, 'person'), 'name');
  const value = (key: string) => text(field(field(name, key), 'value'));
  const full = value('credit-name') ?? [value('given-names'), value('family-name')].filter(Boolean).join(' ');
  return full ? { kind: 'person', name: full } : { kind: 'unspecified' };
}

/**
 * OpenAlex works, as `GET https://api.openalex.org/works?filter=author.id:A…` returns them
 * (https://docs.openalex.org/api-entities/works/work-object): `{meta, results: [work…]}`, each work
 * with `display_name`, `authorships[].author.display_name`, `doi`, `publication_date`, `type`,
 * `primary_location.source`, `locations`, `biblio`, `cited_by_count`, `updated_date` and the abstract
 * as `abstract_inverted_index` (word → positions), which is turned back into text here.
 *
 * `npm run import` asks for every page of an author's works and saves them as one such answer.
 * The works were asked for by the owner's id, so the document is taken to be the owner's.
 */
import { arxivIdPattern, parseArxivId } from '../extract/arxiv-id.ts';
import { count, dayOf, field, readJson, recordLineFinder, text } from '../extract/json-document.ts';
import { collapseWhitespace } from '../extract/text.ts';
import type { Diagnostic, DocumentFormat, PublicationType, SourceRecord } from '../model.ts';

export const openAlexSource = 'OpenAlex';

const workTypes: Record<string, PublicationType> = {
  article: 'article',
  review: 'article',
  letter: 'article',
  preprint: 'preprint',
  'book-chapter': 'chapter',
  book: 'book',
  dissertation: 'thesis',
  report: 'report',
};
/** Front matter, tables of contents and the like: listed by OpenAlex, not papers. */
const notPapers = new Set(['paratext', 'erratum', 'retraction', 'editorial', 'peer-review', 'supplementary-materials']);
const arxivUrl = new RegExp(`arxiv\\.org/(?:abs|pdf)/${arxivIdPattern.source}`, 'i');

export const openAlexWorks: DocumentFormat = {
  name: 'openalex-works',
  label: 'OpenAlex works (API JSON)',
  detect: (source) => /^\s*\{/.test(source) && /"results"\s*:/.test(source) && /"https:\/\/openalex\.org\/W\d+"/.test(source),
  parse(document) {
    const read = readJson(document, 'OpenAlex works');
    if (!read.ok) return { subject: { kind: 'unspecified' }, records: [], diagnostics: [read.diagnostic] };
    const results = field(read.value, 'results');
    const lineOf = recordLineFinder(document.text);
    const diagnostics: Diagnostic[] = [];
    const records = (Array.isArray(results) ? results : []).flatMap((work): SourceRecord[] => {
      const id = text(field(work, 'id'));
      const line = lineOf(id);
      const title = text(field(work, 'display_name')) ?? text(field(work, 'title'));
      const type = text(field(work, 'type')) ?? '';
      if (!title) return [];
      if (notPapers.has(type)) {
        diagnostics.push({ level: 'warning', file: document.name, line, message: `lists “${title}”, which OpenAlex types as ${type}, not a paper, so it was left out.` });
        return [];
      }
      return [recordOf(work, collapseWhitespace(title), type, document.name, line)];
    });
    return { subject: { kind: 'unspecified' }, records, diagnostics };
  },
};

function recordOf(work: unknown, title: string, type: string, source: string, line: number): SourceRecord {
  const record: SourceRecord = { source, line, authority: 'bibliography', title };
  const authorships = field(work, 'authorships');
  const authors = (Array.isArray(authorships) ? authorships : []).flatMap((authorship) => {
    const name = text(field(field(authorship, 'author'), 'display_name')) ?? text(field(authorship, 'raw_author_name'));
    return name ? [name] : [];
  });
  if (authors.length > 0) record.authors = authors;
  if (field(work, 'is_authors_truncated') === true) record.authorsTruncated = true;
  const abstract = abstractFrom(field(work, 'abstract_inverted_index'));
  if (abstract) record.abstract = abstract;
  const doi = text(field(work, 'doi'))?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').toLowerCase();
  const arxiv = arxivOf(work, doi);
  // arXiv's own DOIs (10.48550/arXiv.…) name the preprint, which its arXiv id already does.
  if (doi && !/^10\.48550\/arxiv\./.test(doi)) record.doi = doi;
  if (arxiv) record.arxiv = arxiv;
  const date = text(field(work, 'publication_date')) ?? text(field(work, 'publication_year'));
  if (date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) record.date = { value: date, kind: 'bibliography' };
  const primary = field(work, 'primary_location');
  const venueSource = field(primary, 'source');
  const venue = text(field(venueSource, 'display_name'));
  const repository = field(venueSource, 'type') === 'repository';
  if (venue && !repository) record.venue = venue;
  const kind = field(venueSource, 'type') === 'conference' && type === 'article' ? 'conference' : workTypes[type];
  if (kind) record.type = repository && kind === 'article' ? 'preprint' : kind;
  const biblio = field(work, 'biblio');
  const volume = text(field(biblio, 'volume'));
  const issue = text(field(biblio, 'issue'));
  const first = text(field(biblio, 'first_page'));
  const last = text(field(biblio, 'last_page'));
  if (volume) record.volume = volume;
  if (issue) record.issue = issue;
  if (first) record.pages = last && last !== first ? `${first}-${last}` : first;
  const citations = count(field(work, 'cited_by_count'));
  const updated = dayOf(field(work, 'updated_date'));
  if (citations !== undefined) record.citations = { count: citations, source: openAlexSource, ...(updated ? { date: updated } : {}) };
  return record;
}

/** The arXiv id from arXiv's DOI or any location on arxiv.org. */
function arxivOf(work: unknown, doi: string | undefined): string | undefined {
  if (doi?.startsWith('10.48550/arxiv.')) return parseArxivId(doi.slice('10.48550/arxiv.'.length));
  const locations = field(work, 'locations');
  for (const location of Array.isArray(locations) ? locations : []) {
    for (const key of ['landing_page_url', 'pdf_url']) {
      const match = arxivUrl.exec(text(field(location, key)) ?? '');
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}

/** `{"Cracks": [0], "on": [1, 4], …}` → "Cracks on …": each word at each of its positions. */
export function abstractFrom(index: unknown): string | undefined {
  if (index === null || typeof index !== 'object') return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index as Record<string, unknown>)) {
    for (const position of Array.isArray(positions) ? positions : []) {
      if (Number.isInteger(position) && position >= 0 && position < 100_000) words[position as number] = word;
    }
  }
  const abstract = collapseWhitespace(words.filter((word) => word !== undefined).join(' '));
  return abstract || undefined;
}

/**
 * One parsed BibTeX entry as a source record. What each field becomes is in the README's table.
 *
 * Entries without authors (a `@proceedings` volume that DBLP exports "with crossref", an editor-only
 * entry) are nobody's paper: they are skipped with a reason. Their fields still reach the papers that
 * cross-reference them (the parser applies `crossref`). DBLP's `biburl`, `bibsource` and `timestamp`,
 * and al-folio's badge fields (`altmetric`, `dimensions`, `google_scholar_id`, `inspirehep_id`,
 * `pmid`, `hal`), are not read: the site makes no requests to third parties.
 */
import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { publicationSchema } from '../../../../src/schema/publication.ts';
import { parseArxivId } from '../../extract/arxiv-id.ts';
import { codeLinksFrom } from '../../extract/code-links.ts';
import { isoDate, monthNumber } from '../../extract/month-names.ts';
import type { SourceRecord } from '../../model.ts';
import { authorList, nameList, needsStructure } from './author-names.ts';
import { arxivAsJournal, entryType } from './entry-type.ts';
import { entryLinks } from './links.ts';

export type EntryReading = { record: SourceRecord; warnings: string[] } | { skipped: string; title?: string };

const yes = /^(true|yes|1)$/i;

export function recordFromEntry(entry: Entry, source: string, line: number, restore: (text: string) => string): EntryReading {
  const fields = entry.fields as Record<string, unknown>;
  const text = (name: string): string | undefined => {
    const value = fields[name];
    const joined = typeof value === 'string' ? value : Array.isArray(value) && value.every((part) => typeof part === 'string') ? value.join(' and ') : undefined;
    return joined?.trim() ? restore(joined) || undefined : undefined;
  };
  const creators = (name: string) => (Array.isArray(fields[name]) ? (fields[name] as Creator[]).filter((part) => typeof part === 'object') : []);
  const title = text('title');
  if (!title) return { skipped: `@${entry.type}{${entry.key}} has no title.` };
  const authors = authorList(creators('author'), text('annotation'), restore);
  if (authors.authors.length === 0) {
    return {
      skipped: `@${entry.type}{${entry.key}} has no authors${creators('editor').length ? ', only editors' : ''}: a proceedings volume or an edited book is nobody's paper (its fields still reach the entries that cross-reference it).`,
      title,
    };
  }
  const linkReading = entryLinks(text);
  const arxiv = arxivIdOf(text) ?? linkReading.arxiv;
  const doi = text('doi')?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') ?? linkReading.doi;
  const abstract = text('abstract');
  const journal = text('journal') ?? text('journaltitle');
  const type = entryType(entry.type, journal, arxiv !== undefined);
  const venue = text('booktitle') ?? journal ?? text('eventtitle');
  const date = dateOf(text('date'), text('year'), text('month'));
  const code = linkReading.links.code ?? (abstract ? codeLinksFrom(abstract)[0] : undefined);
  const warnings = linkReading.rejected.map((field) => `@${entry.type}{${entry.key}}: \`${field}\` is not an http(s) link, so it is not shown; give the full address.`);
  const preview = text('preview');
  const validPreview = preview && publicationSchema.shape.preview.safeParse(preview).success ? preview : undefined;
  if (preview && !validPreview) warnings.push(`@${entry.type}{${entry.key}}: \`preview = {${preview}}\` is neither a path inside content/ nor an http(s) URL, so it is not shown.`);
  const editors = nameList(creators('editor'), restore);
  const optional: { [Key in keyof SourceRecord]?: SourceRecord[Key] | undefined } = {
    type,
    ...(authors.truncated ? { authorsTruncated: true } : {}),
    ...(authors.names.some(needsStructure) ? { authorNames: authors.names } : {}),
    abstract,
    arxiv,
    doi,
    date: date ? { value: date, kind: 'bibliography' } : undefined,
    venue: venue && !arxivAsJournal.test(venue) ? venue : undefined,
    // DBLP gives an arXiv paper the "volume" `abs/2401.01234`.
    volume: type === 'preprint' ? undefined : text('volume'),
    issue: text('number') ?? text('issue'),
    pages: text('pages'),
    publisher: text('publisher'),
    institution: text('school') ?? text('institution') ?? (type === 'report' || type === 'thesis' ? text('organization') : undefined),
    editors: editors.length ? editors : undefined,
    isbn: text('isbn'),
    abbr: text('abbr'),
    award: text('award_name') ?? text('award'),
    preview: validPreview,
    bibtexShow: text('bibtex_show') === undefined ? undefined : yes.test(text('bibtex_show')!),
    featured: text('selected') !== undefined && yes.test(text('selected')!) ? true : undefined,
  };
  const record: SourceRecord = {
    source,
    line,
    authority: 'bibliography',
    title,
    authors: authors.authors,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    links: { ...linkReading.links, ...(code ? { code } : {}) },
  };
  return { record, warnings };
}

/** `eprint` with an arXiv prefix, al-folio's `arxiv`, an arXiv "journal" naming the id, or DBLP's CoRR volume. */
function arxivIdOf(text: (field: string) => string | undefined): string | undefined {
  const eprint = text('eprint');
  const prefix = text('archiveprefix') ?? text('eprinttype') ?? '';
  if (eprint && (/arxiv/i.test(prefix) || /^\d{4}\.\d{4,5}/.test(eprint))) return parseArxivId(eprint);
  const alFolio = text('arxiv');
  if (alFolio) return parseArxivId(alFolio);
  const journal = text('journal') ?? '';
  if (/arxiv/i.test(journal)) return parseArxivId(journal);
  // DBLP's condensed export gives an arXiv paper only as volume `abs/2402.05678` of "CoRR".
  const volume = text('volume');
  return /^corr$/i.test(journal) && volume?.startsWith('abs/') ? parseArxivId(volume) : undefined;
}

function dateOf(date: string | undefined, year: string | undefined, month: string | undefined): string | undefined {
  if (date && /^\d{4}(-\d{2}){0,2}$/.test(date)) return date;
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const monthIndex = month ? (/^\d{1,2}$/.test(month) ? Number(month) : monthNumber(month)) : undefined;
  return monthIndex && monthIndex >= 1 && monthIndex <= 12 ? isoDate(Number(year), monthIndex) : year;
}

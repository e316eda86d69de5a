/**
 * BibTeX, parsed by @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero), which
 * decodes LaTeX accents and commands and removes case-protecting braces.
 *
 * Two things it does that we undo: it renders `$…$` math into Unicode and HTML-like markup, so math is
 * swapped for placeholders before parsing and restored after; and it marks up `\textit` and friends
 * as `<i>`…, which we strip back to text (the site escapes all text anyway).
 *
 * Values it would return unchanged skip it: see `bibtex-set-aside.ts`.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Creator, Entry, Library } from '@retorquere/bibtex-parser';
import { parseArxivId } from '../extract/arxiv-id.ts';
import { codeLinksFrom, cleanUrl } from '../extract/code-links.ts';
import { isoDate, monthNumber } from '../extract/month-names.ts';
import { collapseWhitespace, lineLocator } from '../extract/text.ts';
import type { PublicationType } from '../../../src/schema/publication.ts';
import type { Diagnostic, DocumentFormat, SourceRecord } from '../model.ts';
import { namesFile, setAsidePlainFields } from './bibtex-set-aside.ts';

const entryPattern = /^[ \t]*@(?!comment\b|string\b|preamble\b)[a-z]+[ \t]*[{(]/gim;
const parserMarkup = /<\/?(?:i|b|sc|sub|sup|span|ncx|nc)(?:\s+class="[^"]*")?>/g;
const mathSpan = /\$[^$]+\$/g;
const parserOptions = { sentenceCase: false, caseProtection: false } as const;

/**
 * The parser, loaded with the first BibTeX file: loading it took 70 ms of every ingest, whether or
 * not there was one. Its CommonJS build is broken (a `.js` file in a module package), so its ES
 * module is required by path.
 */
let parserModule: typeof import('@retorquere/bibtex-parser') | undefined;
export const parseBibtex = (text: string) =>
  (parserModule ??= createRequire(import.meta.url)(
    fileURLToPath(import.meta.resolve('@retorquere/bibtex-parser')),
  ) as typeof import('@retorquere/bibtex-parser')).parse(text, parserOptions);

export const bibtex: DocumentFormat = {
  name: 'bibtex',
  label: 'BibTeX',
  detect: (text) => /^[ \t]*@[a-z]+[ \t]*[{(][^,\s]*,/im.test(text),
  parse(document) {
    const math: string[] = [];
    const protectedText = document.text.replace(mathSpan, (span) => `MATHPLACEHOLDER${math.push(span) - 1}X`);
    // NFC: the parser decodes `{\"U}` to "U" + a combining diaeresis, which looks like "Ü" but is
    // not the same string (search, sorting and comparisons with other documents all miss it).
    const restore = (text: string) =>
      collapseWhitespace(
        text.replace(parserMarkup, '').replace(/MATHPLACEHOLDER(\d+)X/g, (_, index) => math[Number(index)] ?? ''),
      ).normalize('NFC');
    const library = parseLibrary(protectedText);
    const lineOf = lineLocator(document.text);
    const entryLines = [...document.text.matchAll(entryPattern)].map((match) => lineOf(match.index));
    const diagnostics: Diagnostic[] = library.errors.map((error) => ({
      level: 'error',
      file: document.name,
      ...lineOfError(error.error),
      message: `BibTeX: ${error.error}`,
    }));
    const records = library.entries.flatMap((entry, index): SourceRecord[] => {
      const record = recordFromEntry(entry, document.name, entryLines[index] ?? 1, restore);
      return record ? [record] : [];
    });
    return { subject: { kind: 'per-record' }, records, diagnostics };
  },
};

/** The parser's entries and errors, with the values that need no parsing set aside (see `bibtex-set-aside.ts`). */
export function parseLibrary(text: string): Pick<Library, 'entries' | 'errors'> {
  const setAside = setAsidePlainFields(text);
  const library = parseBibtex(setAside.text);
  const names = setAside.names.length > 0 ? parseBibtex(namesFile(setAside.names)) : { entries: [], errors: [] };
  if (library.errors.length === 0 && setAside.putBack(library.entries, names)) return library;
  // The file as written: for its error messages, whose quotes and columns blanking would change, and
  // for its entries when a value could not be put back. Abstracts are still read as written.
  const asWritten = parseBibtex(text);
  setAside.restoreAbstracts(asWritten.entries);
  return asWritten;
}

function lineOfError(message: string): { line?: number } {
  const line = /\bline (\d+)/.exec(message)?.[1];
  return line ? { line: Number(line) } : {};
}

function recordFromEntry(
  entry: Entry,
  source: string,
  line: number,
  restore: (text: string) => string,
): SourceRecord | undefined {
  const fields = entry.fields;
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' && value.trim() ? restore(value) : undefined;
  };
  const title = text('title');
  if (!title) return undefined;
  const arxiv = arxivIdOf(fields);
  const doi = text('doi')?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const abstract = text('abstract');
  const url = text('url');
  const code = text('code') ?? (abstract ? codeLinksFrom(abstract)[0] : undefined);
  const date = dateOf(text('date'), text('year'), text('month'));
  const venue = text('booktitle') ?? text('journal') ?? text('journaltitle') ?? text('eventtitle');
  // BibTeX's `and others` is "et al.": a truncated list, not an author called "others".
  const creators = fields.author ?? [];
  const truncated = creators.some(isOthers);
  const authors = creators
    .filter((creator) => !isOthers(creator))
    .map(creatorName)
    .filter(Boolean);
  return {
    source,
    line,
    authority: 'bibliography',
    title,
    ...(authors.length ? { authors } : {}),
    ...(truncated ? { authorsTruncated: true } : {}),
    ...(abstract ? { abstract } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    ...(date ? { date: { value: date, kind: 'bibliography' as const } } : {}),
    ...(venue && !/^arxiv\b/i.test(venue) ? { venue } : {}),
    type: entryType(entry.type, arxiv, doi, venue),
    links: {
      ...(code ? { code: cleanUrl(code) } : {}),
      ...(url && /\.pdf($|\?)/i.test(url) ? { pdf: url } : url && !/arxiv\.org/i.test(url) ? { project: url } : {}),
    },
  };
}

const entryTypes: Record<string, PublicationType> = {
  article: 'article',
  inproceedings: 'conference',
  conference: 'conference',
  proceedings: 'conference',
  incollection: 'chapter',
  inbook: 'chapter',
  book: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
};

/**
 * The entry type as a publication type. An `@article` whose only venue is arXiv's (an `eprint` and
 * DBLP's `journal = {CoRR}`, or no journal) is the preprint; so is a `@misc` with an id.
 */
function entryType(type: string, arxiv: string | undefined, doi: string | undefined, venue: string | undefined): PublicationType {
  const known = entryTypes[type.toLowerCase()];
  if (arxiv && (!venue || /^(corr|arxiv)\b/i.test(venue)) && (known === 'article' || known === undefined)) return 'preprint';
  if (known) return known;
  return arxiv || doi ? 'preprint' : 'other';
}

function arxivIdOf(fields: Entry['fields']): string | undefined {
  const eprint = fields['eprint'];
  const prefix = fields['archiveprefix'] ?? fields['eprinttype'] ?? '';
  if (typeof eprint === 'string' && (/arxiv/i.test(prefix) || /^\d{4}\.\d{4,5}/.test(eprint)))
    return parseArxivId(eprint);
  const journal = fields['journal'] ?? fields['url'] ?? '';
  return typeof journal === 'string' && /arxiv/i.test(journal) ? parseArxivId(journal) : undefined;
}

function dateOf(date: string | undefined, year: string | undefined, month: string | undefined): string | undefined {
  if (date && /^\d{4}(-\d{2}){0,2}$/.test(date)) return date;
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const monthIndex = month ? (/^\d{1,2}$/.test(month) ? Number(month) : monthNumber(month)) : undefined;
  return monthIndex && monthIndex >= 1 && monthIndex <= 12 ? isoDate(Number(year), monthIndex) : year;
}

function isOthers(creator: Creator): boolean {
  return !creator.firstName && (creator.lastName ?? creator.name ?? '').trim().toLowerCase() === 'others';
}

/** "Jane Q. Doe": given names first, as the rest of the site prints names. */
function creatorName(creator: Creator): string {
  // NFC, as in `restore` above: names arrive with combining accents.
  if (creator.name) return collapseWhitespace(creator.name).normalize('NFC');
  return collapseWhitespace(
    [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' '),
  ).normalize('NFC');
}

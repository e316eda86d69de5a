/**
 * arXiv API responses (Atom XML), as `npm run add -- <id>` saves them or as anyone drops them in.
 * Registry records: full author lists, the first version's date, the comment's venue and code link,
 * the journal reference, the DOI and the primary category.
 */
import { arxivPdfUrl, parseArxivId } from '../extract/arxiv-id.ts';
import { codeLinksFrom } from '../extract/code-links.ts';
import { parseJournalRef } from '../extract/journal-ref.ts';
import { decodeTex } from '../extract/tex-text.ts';
import { venueFromComment } from '../extract/venue.ts';
import type { Diagnostic, DocumentFormat, SourceRecord } from '../model.ts';
import { isArxivAtomFeed, readArxivFeed, type ArxivEntry } from './arxiv-atom/read-feed.ts';
import { splitNames } from './bibtex/split-names.ts';

export const arxivAtom: DocumentFormat = {
  name: 'arxiv-atom',
  label: 'arXiv API response (Atom)',
  decodesTex: true,
  detect: isArxivAtomFeed,
  parse(document) {
    const reading = readArxivFeed(document.text);
    if (!reading.ok) {
      return {
        subject: { kind: 'per-record' },
        records: [],
        diagnostics: [
          {
            level: 'error',
            file: document.name,
            ...(reading.line ? { line: reading.line } : {}),
            message: reading.message,
          },
        ],
      };
    }
    const { entries, errors } = reading.feed;
    const diagnostics: Diagnostic[] = errors.map((error) => ({
      level: 'error',
      file: document.name,
      line: error.line,
      message: `holds an arXiv API error, not a paper: “${error.message}”. Delete it and add the paper again with \`npm run add -- <arXiv id>\`.`,
    }));
    const records: SourceRecord[] = [];
    for (const entry of entries) {
      const record = recordFromEntry(entry, document.name);
      if (typeof record === 'string')
        diagnostics.push({ level: 'warning', file: document.name, line: entry.line, message: record });
      else records.push(record);
    }
    if (entries.length === 0 && errors.length === 0) {
      diagnostics.push({
        level: 'warning',
        file: document.name,
        message: 'is an arXiv API response with no entries (the query matched no paper).',
      });
    }
    return { subject: { kind: 'per-record' }, records, diagnostics };
  },
};

/** The record for one entry, or why the entry was skipped. */
function recordFromEntry(entry: ArxivEntry, source: string): SourceRecord | string {
  const arxiv = arxivIdOfEntry(entry.id);
  if (!arxiv) return `skipped an entry whose id is not an arXiv abstract URL (${entry.id || 'none'}).`;
  // The API has answered unknown ids with an entry that has an id and nothing else.
  if (!entry.title) return `skipped arXiv ${arxiv}: the entry has no title (arXiv may not know this id).`;

  const doi = entry.doi ? firstDoi(entry.doi) : undefined;
  const code = [entry.comment, entry.summary].flatMap((text) => (text ? codeLinksFrom(text) : []))[0];
  // A journal reference is the published version's citation, so it outranks whatever the comment says.
  const reference = entry.journalRef ? parseJournalRef(decodeTex(entry.journalRef)) : undefined;
  const venue = reference?.journal || (entry.comment ? venueFromComment(entry.comment) : undefined);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(entry.published)?.[0];
  const authors = entry.authors.map((author) => decodeTex(author.name));
  const authorNames = authors.length ? splitNames(authors) : undefined;
  return {
    source,
    line: entry.line,
    authority: 'registry',
    title: decodeTex(entry.title),
    // The record is the preprint; with a journal reference the work has appeared, as what the
    // reference does not say, so the type is left to other sources.
    ...(reference ? {} : { type: 'preprint' as const }),
    ...(authors.length ? { authors } : {}),
    ...(authorNames ? { authorNames } : {}),
    ...(entry.summary ? { abstract: decodeTex(entry.summary) } : {}),
    ...(reference?.volume ? { volume: reference.volume } : {}),
    ...(reference?.issue ? { issue: reference.issue } : {}),
    ...(reference?.pages ? { pages: reference.pages } : {}),
    arxiv,
    ...(doi ? { doi } : {}),
    ...(date ? { date: { value: date, kind: 'published' as const } } : {}),
    ...(venue ? { venue } : {}),
    ...(entry.primaryCategory ? { category: entry.primaryCategory } : {}),
    links: {
      pdf: arxivPdfUrl(arxiv),
      ...(code ? { code } : {}),
      ...(doi ? { doi: `https://doi.org/${doi}` } : {}),
    },
  };
}

/** `http://arxiv.org/abs/2405.14734v3` → `2405.14734`; also old-style `…/abs/hep-th/9901001v2`. */
export function arxivIdOfEntry(entryId: string): string | undefined {
  const path = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/abs\/(\S+)$/.exec(entryId)?.[1];
  return path ? parseArxivId(path) : undefined;
}

/** `arxiv:doi` sometimes lists several DOIs separated by spaces; the first is the article's. */
function firstDoi(text: string): string | undefined {
  return /\b10\.\d{4,9}\/\S+/.exec(text)?.[0].replace(/[.,;]+$/, '');
}

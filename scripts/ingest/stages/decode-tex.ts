/**
 * TeX in the text of formats whose parsers leave it as written (see `decodesTex` on a format):
 * titles, abstracts and author names decoded the way BibTeX and arXiv records are, so that no
 * `R\'{e}nyi` or `\emph{…}` reaches a page whichever document a paper came from.
 */
import { decodeTex } from '../extract/tex-text.ts';
import type { SourceRecord } from '../model.ts';

/** Scraped text is TeX only where it has a command: braces alone are braces. */
const decode = (text: string) => decodeTex(text, { commandsOnly: true });

export function decodeRecordTex(record: SourceRecord): SourceRecord {
  return {
    ...record,
    ...(record.title ? { title: decode(record.title) } : {}),
    // Paragraph by paragraph: decoding collapses white space, and an abstract keeps its paragraphs.
    ...(record.abstract ? { abstract: record.abstract.split('\n\n').map(decode).join('\n\n') } : {}),
    ...(record.authors ? { authors: record.authors.map(decode) } : {}),
  };
}

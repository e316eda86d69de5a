/**
 * Stage 1: every document decoded, its format detected by content, and parsed. A document that
 * cannot be read or recognised becomes a diagnostic naming it; the others go on regardless.
 */
import { decodeDocument } from '../decode.ts';
import { detectFormat } from '../detect.ts';
import { decodeRecordTex } from './decode-tex.ts';
import type { Diagnostic, DocumentFormat, DocumentStat, DocumentSubject, RawDocument, SkippedEntry, SourceRecord } from '../model.ts';

export interface ReadDocument {
  name: string;
  /** The detected format's name, or null when the document could not be read or recognised. */
  format: string | null;
  subject: DocumentSubject;
  records: SourceRecord[];
  stats: DocumentStat[];
  /** The decoded text ('' when unreadable), for pointing messages at a line. */
  text: string;
  /** Entries the parser skipped on purpose, with why. */
  skipped: SkippedEntry[];
}

export function readDocuments(raw: readonly RawDocument[], formats: readonly DocumentFormat[]) {
  const documents: ReadDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const unread = (name: string): ReadDocument => ({ name, format: null, subject: { kind: 'unspecified' }, records: [], stats: [], text: '', skipped: [] });
  for (const rawDocument of raw) {
    const decoded = decodeDocument(rawDocument);
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      documents.push(unread(rawDocument.name));
      continue;
    }
    if (decoded.warning) diagnostics.push(decoded.warning);
    const format = detectFormat(decoded.document.text, formats);
    if (!format) {
      diagnostics.push({
        level: 'error',
        file: rawDocument.name,
        message: `is in no format the ingest knows, so it was skipped. Known formats: ${formats.map((known) => known.label).join(', ')}.`,
      });
      documents.push(unread(rawDocument.name));
      continue;
    }
    try {
      const parsed = format.parse(decoded.document);
      diagnostics.push(...(parsed.diagnostics ?? []));
      const explained = (parsed.diagnostics ?? []).some((diagnostic) => diagnostic.level === 'error') || (parsed.skipped ?? []).length > 0;
      if (parsed.records.length === 0 && !explained) {
        diagnostics.push({ level: 'warning', file: rawDocument.name, message: `looks like ${withArticle(format.label)} but holds no papers.` });
      }
      const records = format.decodesTex ? parsed.records : parsed.records.map(decodeRecordTex);
      documents.push({ name: rawDocument.name, format: format.name, subject: parsed.subject, records, stats: parsed.stats ?? [], text: decoded.document.text, skipped: parsed.skipped ?? [] });
    } catch (error) {
      // A parser bug or a pathological document must not stop the other documents.
      diagnostics.push({ level: 'error', file: rawDocument.name, message: `could not be parsed as ${withArticle(format.label)}: ${(error as Error).message}` });
      documents.push(unread(rawDocument.name));
    }
  }
  return { documents, diagnostics };
}

/** "an arXiv listing", "a BibTeX file": the article by the label's first sound, near enough. */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

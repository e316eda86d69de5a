/**
 * Checks a document before it joins `content/sources/`: it must decode, be a format the ingest
 * understands, parse without errors and describe at least one publication. The checks are the
 * ingest's own stages, so a document that passes here is read the same way on the next build.
 */
import { decodeDocument } from '../ingest/decode.ts';
import { detectFormat } from '../ingest/detect.ts';
import type { Diagnostic, DocumentFormat, DocumentSubject, RawDocument, SourceRecord } from '../ingest/model.ts';

export type CheckedDocument =
  | { ok: true; format: DocumentFormat; subject: DocumentSubject; records: SourceRecord[]; warnings: Diagnostic[] }
  | { ok: false; message: string };

/** `where` names the file as the person typed it, so messages point at something they can open. */
export function checkDocument(
  raw: RawDocument,
  formats: readonly DocumentFormat[],
  where: string = raw.name,
): CheckedDocument {
  const decoded = decodeDocument(raw);
  if (!decoded.ok)
    return { ok: false, message: `${where}${at(decoded.diagnostic.line)} ${decoded.diagnostic.message}` };
  const format = detectFormat(decoded.document.text, formats);
  if (!format) {
    const supported = formats.map((candidate) => candidate.label).join(', ');
    return { ok: false, message: `${where} is not a document the ingest understands. Supported: ${supported}.` };
  }
  let parsed;
  try {
    parsed = format.parse(decoded.document);
  } catch (error) {
    return {
      ok: false,
      message: `${where} looks like ${format.label} but could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const diagnostics = parsed.diagnostics ?? [];
  const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error');
  if (errors.length > 0) {
    const list = errors.map((error) => `  ${where}${at(error.line)}: ${error.message}`).join('\n');
    return {
      ok: false,
      message: `${where} (${format.label}) has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}:\n${list}`,
    };
  }
  if (parsed.records.length === 0) {
    return { ok: false, message: `${where} reads as ${format.label} but describes no publications.` };
  }
  return {
    ok: true,
    format,
    subject: parsed.subject,
    records: parsed.records,
    warnings: diagnostics.filter((diagnostic) => diagnostic.level === 'warning'),
  };
}

function at(line: number | undefined): string {
  return line ? `:${line}` : '';
}

/**
 * Bytes to text, or a clear reason why not. Documents arrive scraped from anywhere: with a UTF-8
 * byte-order mark, Windows line endings, in another encoding, truncated, or not text at all.
 */
import type { Diagnostic, RawDocument, SourceDocument } from './model.ts';

/** Larger documents are refused rather than risk exhausting memory in the parsers. */
export const maximumDocumentBytes = 25 * 1024 * 1024;

export type Decoded = { ok: true; document: SourceDocument } | { ok: false; diagnostic: Diagnostic };

export function decodeDocument(raw: RawDocument): Decoded {
  const fail = (message: string, line?: number): Decoded => ({
    ok: false,
    diagnostic: { level: 'error', file: raw.name, ...(line ? { line } : {}), message },
  });
  const { bytes } = raw;
  if (bytes.length > maximumDocumentBytes) {
    return fail(`is too large to read (${megabytes(bytes.length)} MB; the limit is ${megabytes(maximumDocumentBytes)} MB).`);
  }
  if (bytes.includes(0)) return fail('is a binary file, not a text document.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    return fail(`is not UTF-8 text (invalid byte at offset ${offset}); save it as UTF-8 and run the ingest again.`, line);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return fail('is empty.');
  return { ok: true, document: { name: raw.name, text } };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Finds where decoding fails by decoding ever larger prefixes in halving steps. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    try {
      // A prefix may end inside a valid multi-byte character; `stream` tolerates that, not bad bytes.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle + 1), { stream: true });
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  // A lead byte (Latin-1 "é" is 0xE9) passes as the start of a sequence until the byte after it shows
  // otherwise, so the search stops one byte late: report the lead byte of that unfinished sequence.
  for (let start = low - 1; start >= Math.max(0, low - 3); start -= 1) {
    const byte = bytes[start] ?? 0;
    if (byte < 0x80) break;
    if (byte < 0xc0) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return start + length > low ? start : low;
  }
  return low;
}

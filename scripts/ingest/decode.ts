/**
 * Bytes to text, or a clear reason why not. Documents arrive scraped from anywhere: with a UTF-8
 * byte-order mark, Windows line endings, in another encoding, truncated, or not text at all.
 *
 * Two other encodings are read: UTF-16 (what Windows tools save as "Unicode"), by its byte-order
 * mark or without one by where its zero bytes sit, and Windows-1252, the superset of Latin-1 that
 * older `.bib` files are kept in, with a warning. A file is taken for Windows-1252 only when it has
 * no valid UTF-8 multi-byte sequence at all: one with both is damaged UTF-8, and decoding it as
 * Windows-1252 would garble its good letters.
 */
import type { Diagnostic, RawDocument, SourceDocument } from './model.ts';

/** Larger documents are refused rather than risk exhausting memory in the parsers. */
export const maximumDocumentBytes = 25 * 1024 * 1024;

export type Decoded = { ok: true; document: SourceDocument; warning?: Diagnostic } | { ok: false; diagnostic: Diagnostic };

/** A valid UTF-8 lead byte and its continuation bytes, as Latin-1 text. */
const utf8Sequence = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

export function decodeDocument(raw: RawDocument): Decoded {
  const fail = (message: string, line?: number): Decoded => ({
    ok: false,
    diagnostic: { level: 'error', file: raw.name, ...(line ? { line } : {}), message },
  });
  const { bytes } = raw;
  if (bytes.length > maximumDocumentBytes) {
    return fail(`is too large to read (${megabytes(bytes.length)} MB; the limit is ${megabytes(maximumDocumentBytes)} MB).`);
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      return textDocument(raw.name, new TextDecoder(utf16, { fatal: true }).decode(bytes), fail);
    } catch {
      return fail(`looks like UTF-16 text but does not decode as ${utf16.toUpperCase()}; save it as UTF-8 and run the ingest again.`);
    }
  }
  if (bytes.includes(0)) return fail('is a binary file, not a text document.');
  try {
    return textDocument(raw.name, new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), fail);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    if (!utf8Sequence.test(new TextDecoder('latin1').decode(bytes))) {
      const decoded = textDocument(raw.name, new TextDecoder('windows-1252').decode(bytes), fail);
      if (!decoded.ok) return decoded;
      const warning: Diagnostic = {
        level: 'warning',
        file: raw.name,
        line,
        message: `is not UTF-8 (first at offset ${offset}); it was read as Windows-1252 (Latin-1). Check its accented letters, and save it as UTF-8 to be sure.`,
      };
      return { ...decoded, warning };
    }
    return fail(`is not UTF-8 text (invalid byte at offset ${offset}); save it as UTF-8 and run the ingest again.`, line);
  }
}

function textDocument(name: string, decoded: string, fail: (message: string) => Decoded): Decoded {
  const text = decoded.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return fail('is empty.');
  return { ok: true, document: { name, text } };
}

/**
 * UTF-16, as Windows tools save "Unicode" text: by its byte-order mark, or without one when the
 * zero bytes sit on one side of each pair (ASCII letters in UTF-16), as they never do in a binary file.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros += 1;
    if (sample[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return undefined;
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

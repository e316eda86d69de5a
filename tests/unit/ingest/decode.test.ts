/** Bytes to text: BOM and line endings normalised; binary, non-UTF-8, empty and huge documents refused by name. */
import { describe, expect, it } from 'vitest';
import { decodeDocument, maximumDocumentBytes } from '../../../scripts/ingest/decode.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeDocument', () => {
  it('removes a UTF-8 byte-order mark and turns CRLF and lone CR into LF', () => {
    const decoded = decodeDocument({
      name: 'windows.txt',
      bytes: bytes([0xef, 0xbb, 0xbf], 'Caf\u00e9\r\nline two\rline three\n'),
    });
    expect(decoded).toEqual({ ok: true, document: { name: 'windows.txt', text: 'Café\nline two\nline three\n' } });
  });

  it('refuses a binary file', () => {
    expect(
      decodeDocument({ name: 'photo.png', bytes: bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) }),
    ).toEqual({
      ok: false,
      diagnostic: { level: 'error', file: 'photo.png', message: 'is a binary file, not a text document.' },
    });
  });

  it('refuses text in another encoding, naming the line of the first invalid byte', () => {
    // "Café" in Latin-1 on line 3.
    const decoded = decodeDocument({
      name: 'latin1.txt',
      bytes: bytes('First line\nSecond line\nCaf', [0xe9], ' au lait\n'),
    });
    expect(decoded).toEqual({
      ok: false,
      diagnostic: {
        level: 'error',
        file: 'latin1.txt',
        line: 3,
        message: expect.stringMatching(/^is not UTF-8 text \(invalid byte at offset 26\); save it as UTF-8/),
      },
    });
  });

  it.each([
    ['after a line of multi-byte characters', bytes('Zürich → Genève\n', [0xff]), 20, 2],
    ['right after a multi-byte character', bytes('Genève', [0xff]), 7, 1],
    ['at the end of a line', bytes('Caf', [0xe9], '\nnext'), 3, 1],
  ])('points at the invalid byte itself when it comes %s', (_, content, offset, line) => {
    const decoded = decodeDocument({ name: 'mixed.txt', bytes: content });
    expect(decoded.ok).toBe(false);
    if (!decoded.ok)
      expect(decoded.diagnostic).toMatchObject({
        line,
        message: expect.stringContaining(`(invalid byte at offset ${offset})`),
      });
  });

  it.each([
    ['an empty file', bytes()],
    ['a file of blank lines', bytes('\n\r\n   \n\t\n')],
    ['a file with only a byte-order mark', bytes([0xef, 0xbb, 0xbf])],
  ])('refuses %s as empty', (_, content) => {
    expect(decodeDocument({ name: 'empty.txt', bytes: content })).toEqual({
      ok: false,
      diagnostic: { level: 'error', file: 'empty.txt', message: 'is empty.' },
    });
  });

  it('refuses a document over the size limit before looking at its content', () => {
    const huge = new Uint8Array(maximumDocumentBytes + 1).fill(0x61);
    expect(decodeDocument({ name: 'huge.txt', bytes: huge })).toEqual({
      ok: false,
      diagnostic: {
        level: 'error',
        file: 'huge.txt',
        message: 'is too large to read (25.0 MB; the limit is 25.0 MB).',
      },
    });
  });
});

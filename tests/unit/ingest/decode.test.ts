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

  it('reads a Latin-1 file as Windows-1252, with a warning naming the line of the first non-UTF-8 byte', () => {
    // "Café" and "Œuvre" (0x8C in Windows-1252) on lines 3 and 4.
    const decoded = decodeDocument({
      name: 'latin1.bib',
      bytes: bytes('First line\r\nSecond line\r\nCaf', [0xe9], ' au lait\r\n', [0x8c], 'uvre\n'),
    });
    expect(decoded).toEqual({
      ok: true,
      document: { name: 'latin1.bib', text: 'First line\nSecond line\nCafé au lait\nŒuvre\n' },
      warning: {
        level: 'warning',
        file: 'latin1.bib',
        line: 3,
        message: expect.stringMatching(/^is not UTF-8 \(first at offset 28\); it was read as Windows-1252 \(Latin-1\)/),
      },
    });
  });

  it('refuses damaged UTF-8 (valid multi-byte letters and an invalid byte) rather than garble it', () => {
    const decoded = decodeDocument({ name: 'damaged.txt', bytes: bytes('Genève\nCaf', [0xe9], '\n') });
    expect(decoded).toMatchObject({ ok: false, diagnostic: { line: 2, message: expect.stringMatching(/^is not UTF-8 text/) } });
  });

  it.each([
    ['UTF-16LE', [0xff, 0xfe], (text: string) => [...text].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8])],
    ['UTF-16BE', [0xfe, 0xff], (text: string) => [...text].flatMap((character) => [character.charCodeAt(0) >> 8, character.charCodeAt(0) & 0xff])],
  ])('reads %s with a byte-order mark', (_, mark, encode) => {
    const decoded = decodeDocument({ name: 'unicode.bib', bytes: new Uint8Array([...mark, ...encode('@misc{k,\r\n  title = {Café}}\r\n')]) });
    expect(decoded).toEqual({ ok: true, document: { name: 'unicode.bib', text: '@misc{k,\n  title = {Café}}\n' } });
  });

  it.each([
    ['after a line of multi-byte characters', bytes('Zürich → Genève\n', [0xff]), 20, 2],
    ['right after a multi-byte character', bytes('Genève', [0xff]), 7, 1],
    ['at the end of a line', bytes('Caf', [0xe9], '\nnext ü'), 3, 1],
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

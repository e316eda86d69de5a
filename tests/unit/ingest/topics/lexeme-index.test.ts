/**
 * The vocabulary index the tagger reads (`lexeme-index.ts`): every word at its position, unknown
 * words absent, and words added while tagging found again, as a plain object would behave.
 */
import { describe, expect, it } from 'vitest';
import { lexemeIndex } from '../../../../scripts/ingest/topics/lexeme-index.ts';

describe('lexemeIndex', () => {
  // Enough words for many collisions in the table, including ones that differ only in case or accent.
  const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`).concat([
    'Café',
    'café',
    'cafe',
    '',
    '\n\n',
    '__proto__',
    'constructor',
  ]);
  const index = lexemeIndex(words);

  it('finds every word at its position', () => {
    words.forEach((word, position) => expect(index[word]).toBe(position));
    expect(words.every((word) => word in index)).toBe(true);
  });

  it('finds no word it was not given', () => {
    for (const word of ['CAFE', 'w', 'toString', 'hasOwnProperty', 'zorblaxian']) {
      expect(index[word]).toBeUndefined();
      expect(word in index).toBe(false);
    }
  });

  it('keeps words added later, as the tagger adds the words it meets', () => {
    index.zorblaxian = words.length;
    expect(index.zorblaxian).toBe(words.length);
    expect('zorblaxian' in index).toBe(true);
    expect(index.w0).toBe(0);
  });
});

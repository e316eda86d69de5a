/**
 * Random text for the tests that check a shortcut for plain prose against the Markdown tools:
 * mostly words and harmless punctuation, now and then a piece the tools may read as markup.
 */
import type { Random } from '../../scripts/bench/random.ts';

const plainPieces = [
  'word',
  'Word',
  'é',
  '2024',
  ' ',
  '  ',
  ', ',
  '. ',
  ': ',
  '; ',
  "'",
  '"',
  '(',
  ')',
  '-',
  '–',
  '/',
  '%',
  '?',
  '!',
];

/** Up to a dozen pieces; `plain` when none of them came from `risky`. */
export function randomProse(random: Random, risky: readonly string[]): { text: string; plain: boolean } {
  const pieces = Array.from({ length: 1 + random.integer(12) }, () =>
    random.chance(0.85) ? random.pick(plainPieces) : random.pick(risky),
  );
  return {
    text: pieces.join(''),
    plain: pieces.every((piece) => !risky.includes(piece) || plainPieces.includes(piece)),
  };
}

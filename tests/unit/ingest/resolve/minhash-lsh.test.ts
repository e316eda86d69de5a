/**
 * Near-linear resolution: MinHash LSH proposes few candidate pairs among unrelated abstracts (a count,
 * not a timing) while still proposing every pair of versions of one abstract.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../scripts/bench/random.ts';
import { candidatePairs } from '../../../../scripts/ingest/resolve/minhash-lsh.ts';
import { jaccard, shingleHashes } from '../../../../scripts/ingest/resolve/shingles.ts';


// Seeded, so the cases are the same every run.
const { next } = seededRandom(20251122);
const syllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'pel',
  'dri',
  'sun',
  'gar',
  'ni',
  'qu',
  'bet',
  'zo',
  'hal',
  'fen',
];
const vocabulary = Array.from({ length: 4000 }, () =>
  Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''),
);
const word = () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'x';
const abstract = (words: number) => Array.from({ length: words }, word);

/** A revision of an abstract: about one word in `every` replaced. */
function revise(words: string[], every: number): string[] {
  return words.map((original) => (next() * every < 1 ? word() : original));
}

describe('candidatePairs', () => {
  it('proposes far fewer than 1% of all pairs among 2,000 unrelated abstracts', () => {
    const count = 2000;
    const sets = Array.from({ length: count }, () => shingleHashes(abstract(150).join(' ')));
    const pairs = candidatePairs(sets);
    const allPairs = (count * (count - 1)) / 2;
    expect(pairs.length).toBeLessThan(allPairs / 100);
  });

  it('still proposes every pair of revised versions hidden among them, and only pairs i < j', () => {
    const originals = Array.from({ length: 50 }, () => abstract(150));
    const revisions = originals.map((words) => revise(words, 10));
    const unrelated = Array.from({ length: 1000 }, () => abstract(150));
    const texts = [...originals, ...unrelated, ...revisions].map((words) => words.join(' '));
    const sets = texts.map(shingleHashes);
    for (let index = 0; index < originals.length; index += 1) {
      // One word in ten changed leaves about 0.5 of the word triples shared: well above the 0.3 threshold.
      expect(jaccard(sets[index] as Uint32Array, sets[1050 + index] as Uint32Array)).toBeGreaterThan(0.35);
    }
    const pairs = candidatePairs(sets);
    const proposed = new Set(pairs.map(([a, b]) => `${a},${b}`));
    for (let index = 0; index < originals.length; index += 1)
      expect(proposed.has(`${index},${1050 + index}`), `pair ${index}`).toBe(true);
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
    expect(pairs.length).toBeLessThan((texts.length * (texts.length - 1)) / 2 / 100);
  });

  it('proposes nothing for items without abstracts and gives the same pairs on every call', () => {
    const sets = [
      shingleHashes('one two three four five six'),
      undefined,
      new Uint32Array(),
      shingleHashes('one two three four five six'),
    ];
    expect(candidatePairs(sets)).toEqual([[0, 3]]);
    expect(candidatePairs(sets)).toEqual(candidatePairs(sets));
  });
});

/** The letter-pair filter in front of fuse.js must never drop a word Fuse would have matched. */
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { fuzzyCandidates } from '../../../src/client/search/fuzzy-candidates.ts';

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

describe('fuzzy candidates', () => {
  const next = random(7);
  const pick = (text: string) => text[Math.floor(next() * text.length)] ?? 'a';
  // Words built from a few common syllables, so many of them are near each other as in real vocabularies.
  const syllables = [
    'con',
    'tra',
    'stive',
    'learn',
    'ing',
    'net',
    'work',
    'graph',
    'rea',
    'son',
    'ed',
    'gen',
    'era',
    'tion',
    'mo',
    'del',
    'a',
    'e',
    'ly',
    'est',
  ];
  const vocabulary = [
    ...new Set(
      Array.from({ length: 3000 }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () => syllables[Math.floor(next() * syllables.length)]).join(
          '',
        ),
      ),
    ),
  ].sort();

  /** Up to `count` random edits: a letter replaced, dropped or added. */
  function misspell(word: string, count: number): string {
    let result = word;
    for (let edit = 0; edit < count; edit++) {
      const at = Math.floor(next() * (result.length + 1));
      const kind = next();
      if (kind < 0.34 && result.length > 1) result = result.slice(0, at) + result.slice(at + 1);
      else if (kind < 0.67) result = result.slice(0, at) + pick(letters) + result.slice(at + 1);
      else result = result.slice(0, at) + pick(letters) + result.slice(at);
    }
    return result;
  }

  it('finds everything a full fuzzy search finds, from far fewer words', () => {
    const threshold = 0.34;
    const options = { threshold, ignoreLocation: true, includeScore: true, shouldSort: false } as const;
    const everywhere = new Fuse(vocabulary, options);
    const candidatesFor = fuzzyCandidates(vocabulary);
    let searched = 0;
    for (let trial = 0; trial < 400; trial++) {
      const query = misspell(vocabulary[Math.floor(next() * vocabulary.length)] ?? '', 1 + Math.floor(next() * 3));
      if (query.length < 3) continue;
      const candidates = candidatesFor(query, Math.floor(threshold * query.length));
      searched += candidates.length;
      const full = everywhere.search(query).map(({ item, score }) => [item, score]);
      const filtered = new Fuse([...candidates], options).search(query).map(({ item, score }) => [item, score]);
      expect(filtered.sort(), query).toEqual(full.sort());
    }
    // The point of the filter: on average it hands Fuse a small part of the vocabulary.
    expect(searched / 400).toBeLessThan(vocabulary.length / 3);
  });

  it('keeps every word for a query too short to need shared letter pairs', () => {
    const candidatesFor = fuzzyCandidates(['alpha', 'beta', 'gamma']);
    expect(candidatesFor('ab', 1)).toEqual(['alpha', 'beta', 'gamma']);
    expect(candidatesFor('gamna', 1)).toEqual(['gamma']);
  });
});

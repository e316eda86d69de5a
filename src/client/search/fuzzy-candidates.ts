/**
 * A cheap filter in front of fuse.js for misspelled words. Fuse's fuzzy match (Bitap) compares the
 * word with every vocabulary word, which at 10,000 papers is most of a query's time. A word that
 * can match has to share letter pairs with the query: if `query` occurs in a word with at most
 * `errors` edits, at least `query.length - 1 - 2 * errors` of the query's letter pairs occur in that
 * word too (each edit breaks at most two pairs; this is the q-gram lemma for q = 2). Only words that
 * pass are given to Fuse, which then finds exactly what it would have found in the whole vocabulary.
 */

export interface FuzzyCandidates {
  /** The vocabulary words that may be within `errors` edits of `query`, in vocabulary order. */
  (query: string, errors: number): readonly string[];
}

function pairsOf(word: string): string[] {
  const pairs: string[] = [];
  for (let index = 0; index + 1 < word.length; index++) pairs.push(word.slice(index, index + 2));
  return pairs;
}

export function fuzzyCandidates(vocabulary: readonly string[]): FuzzyCandidates {
  // Built up front, with the search index, so that the first misspelled word is not the slow one.
  const wordsWithPair = new Map<string, number[]>();
  vocabulary.forEach((word, position) => {
    for (const pair of new Set(pairsOf(word))) {
      const positions = wordsWithPair.get(pair);
      if (positions) positions.push(position);
      else wordsWithPair.set(pair, [position]);
    }
  });

  return (query, errors) => {
    const pairs = pairsOf(query);
    const needed = pairs.length - 2 * errors;
    // Short words with room for errors keep no pair for sure: every word is a candidate.
    if (needed < 1) return vocabulary;
    const shared = new Map<number, number>();
    // Repeated pairs count once per occurrence in the query, as the lemma counts them.
    for (const pair of pairs) {
      for (const position of wordsWithPair.get(pair) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    const positions: number[] = [];
    for (const [position, count] of shared) if (count >= needed) positions.push(position);
    return positions.sort((a, b) => a - b).map((position) => vocabulary[position] as string);
  };
}

/**
 * TF-IDF vectors of content words, for abstracts rewritten between versions: the sentences change,
 * the distinctive words ("kagome", "mycorrhizal", "pointer-chasing") stay. Words most records use
 * weigh little, so one author's shared vocabulary does not make her papers look alike.
 */

import { sparseDot, type SparseVector } from '../vectors/sparse-vector.ts';

export type { SparseVector };

const empty: SparseVector = { terms: new Uint32Array(0), weights: new Float64Array(0) };

/**
 * One vector per list of word ids (`undefined` for a record without a text). The inverse document
 * frequency is smoothed (`ln(1 + N / df)`), so that even two records alone give sensible weights.
 */
export function tfidfVectors(texts: readonly (readonly number[] | undefined)[], vocabularySize: number): (SparseVector | undefined)[] {
  const distinct = texts.map((ids) => (ids && ids.length > 0 ? Uint32Array.from(new Set(ids)).sort() : undefined));
  const documentFrequency = new Uint32Array(vocabularySize);
  for (const terms of distinct) if (terms) for (const id of terms) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const total = distinct.filter(Boolean).length;
  // Term counts in one scratch array, cleared after each text, rather than a Map per text.
  const counts = new Uint32Array(vocabularySize);
  return texts.map((ids, index) => {
    const terms = distinct[index];
    if (!ids || !terms) return undefined;
    for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, at) => {
      const weight = (1 + Math.log(counts[id] ?? 1)) * Math.log(1 + total / (documentFrequency[id] ?? 1));
      weights[at] = weight;
      norm += weight * weight;
      counts[id] = 0;
    });
    if (norm === 0) return empty;
    const scale = 1 / Math.sqrt(norm);
    for (let at = 0; at < weights.length; at += 1) weights[at] = (weights[at] ?? 0) * scale;
    return { terms, weights };
  });
}

/** Cosine similarity of two unit vectors. */
export const cosine = sparseDot;

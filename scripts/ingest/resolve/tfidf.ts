/**
 * TF-IDF vectors of content words, for abstracts rewritten between versions: the sentences change,
 * the distinctive words ("kagome", "mycorrhizal", "pointer-chasing") stay. Words most records use
 * weigh little, so one author's shared vocabulary does not make her papers look alike.
 */

/** A sparse unit vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
}

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

/** Cosine similarity of two unit vectors, in one pass over both. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const left = a.terms[i] as number;
    const right = b.terms[j] as number;
    if (left === right) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (left < right) i += 1;
    else j += 1;
  }
  return sum;
}

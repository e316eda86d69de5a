/**
 * Sparse vectors of word weights, shared by record linkage (abstracts rewritten between versions) and
 * topic grouping (papers about the same thing): term ids ascending, with their weights.
 */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
}

/** The dot product, in one pass over both; of two unit vectors, their cosine similarity. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const left = a.terms[i] as number;
    const right = b.terms[j] as number;
    if (left === right) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (left < right) i += 1;
    else j += 1;
  }
  return sum;
}

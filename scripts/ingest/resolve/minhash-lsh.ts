/**
 * Candidate pairs of similar abstracts without comparing every pair: MinHash signatures cut into
 * bands, and abstracts that agree on a whole band land in the same bucket (locality-sensitive
 * hashing). With 40 bands of 2 rows, a pair at Jaccard 0.3 meets in some bucket with probability
 * 1 − (1 − 0.3²)⁴⁰ ≈ 0.98 (at 0.44, the lowest similarity seen between versions of one abstract,
 * ≈ 0.9995), while unrelated abstracts (Jaccard ≈ 0.01) meet with probability ≈ 0.004. The work
 * grows with the number of abstracts rather than with its square. This finds near copies; rewritten
 * abstracts, whose triples overlap less, are found by shared rare words (`candidates.ts`), and every
 * candidate is then scored on all the evidence (`weights.ts`).
 */
import { radixOrder } from './radix-sort.ts';
import { fnv1a } from './shingles.ts';

const bands = 40;
const rowsPerBand = 2;
const signatureLength = bands * rowsPerBand;
const maximumBucketSize = 50;

/** Fixed seeds, so the candidates (and so the output) are the same on every run. */
const seeds = Uint32Array.from({ length: signatureLength }, (_, index) => fnv1a(`minhash-seed-${index}`) | 1);

function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let row = 0; row < signatureLength; row += 1) {
      // Multiply-xorshift mixing of the shingle with each seed: a cheap family of hash functions.
      const seed = seeds[row] as number;
      let value = Math.imul(shingle ^ seed, 0x9e3779b1);
      value ^= value >>> 15;
      value = Math.imul(value, seed) >>> 0;
      if (value < (signature[row] as number)) signature[row] = value;
    }
  }
  return signature;
}

/** Pairs `[i, j]` with `i < j` of items whose shingle sets may be similar, in a stable order. */
export function candidatePairs(items: readonly (Uint32Array | undefined)[]): [number, number][] {
  const members: number[] = [];
  const signatures: Uint32Array[] = [];
  const signatureOf = new Map<Uint32Array, Uint32Array>();
  items.forEach((shingles, index) => {
    if (!shingles || shingles.length === 0) return;
    const signature = signatureOf.get(shingles) ?? minhashSignature(shingles);
    signatureOf.set(shingles, signature);
    members.push(index);
    signatures.push(signature);
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const keys = new Uint32Array(members.length);
  for (let band = 0; band < bands; band += 1) {
    // A bucket is a run of equal band keys once the members are sorted by key (a hash of the
    // band's rows). Sorting, rather than a map from key to bucket per band, took the bucketing from
    // 700 ms to 50 ms at 10,000 papers. A hash collision only adds a candidate, which the exact
    // similarity then rejects.
    signatures.forEach((signature, member) => {
      let key = 0;
      for (let row = band * rowsPerBand; row < (band + 1) * rowsPerBand; row += 1)
        key = Math.imul(key ^ (signature[row] ?? 0), 0x9e3779b1);
      keys[member] = key;
    });
    const order = radixOrder(keys);
    for (let start = 0; start < order.length;) {
      let end = start + 1;
      while (end < order.length && keys[order[end] as number] === keys[order[start] as number]) end += 1;
      // A crowded bucket holds boilerplate everyone shares, not copies of one abstract; true copies
      // still meet in their other bands. Skipping it keeps the work linear.
      if (end - start <= maximumBucketSize) {
        for (let a = start; a < end; a += 1) {
          for (let b = a + 1; b < end; b += 1) {
            const i = members[order[a] as number] as number;
            const j = members[order[b] as number] as number;
            const pairKey = i * items.length + j;
            if (seen.has(pairKey)) continue;
            seen.add(pairKey);
            pairs.push([i, j]);
          }
        }
      }
      start = end;
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

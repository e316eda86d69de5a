/**
 * Abstract fingerprints. Versions of one abstract differ by a few words ("such as" → "like"), so
 * abstracts are compared as sets of overlapping word triples (shingles): small edits change few
 * of them, while different papers share almost none.
 */
import { radixSort } from './radix-sort.ts';

/** Word triples of the lower-cased text, each hashed to a 32-bit integer, sorted and unique. */
export function shingleHashes(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return shinglesOfWords(words.map(fnv1a));
}

/** The same, from the words' hashes (`fnv1a` of each lower-cased word), for callers that already split the text. */
export function shinglesOfWords(wordHashes: ArrayLike<number>): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, wordHashes.length - 2));
  for (let index = 0; index + 2 < wordHashes.length; index += 1) {
    // Mixing three word hashes numerically avoids building a string per triple.
    let hash = Math.imul(wordHashes[index] ?? 0, 0x9e3779b1) ^ (wordHashes[index + 1] ?? 0);
    hash = Math.imul(hash, 0x85ebca6b) ^ (wordHashes[index + 2] ?? 0);
    hashes[index] = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  }
  return uniqueSorted(hashes);
}

function uniqueSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let length = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (index === 0 || values[index] !== values[index - 1]) values[length++] = values[index] ?? 0;
  }
  return values.slice(0, length);
}

/**
 * The same sets without shingles that many records share. Boilerplate ("extensive experiments
 * demonstrate that") says nothing about which paper a record is, and only makes unrelated
 * abstracts look alike. A shingle is boilerplate when more than `limit` distinct abstracts contain it
 * (copies of one abstract count once).
 */
export function withoutCommonShingles(sets: readonly (Uint32Array | undefined)[], limit: number): (Uint32Array | undefined)[] {
  const distinct = [...new Set(sets)].filter((set): set is Uint32Array => set !== undefined);
  const common = shinglesInMoreThan(distinct, limit);
  // The same input set gives the same output set, so callers can still recognise shared abstracts.
  const filtered = new Map<Uint32Array, Uint32Array>();
  for (const set of distinct) filtered.set(set, withoutSorted(set, common));
  return sets.map((set) => (set ? filtered.get(set) : undefined));
}

/**
 * The hashes in more than `limit` of the (sorted, duplicate-free) sets, sorted. Counted by sorting
 * all the hashes together: a `Map` from hash to count took 850 ms of a 10,000-paper ingest (hashes
 * above 2³¹ are boxed numbers), the sort 80 ms.
 */
function shinglesInMoreThan(sets: readonly Uint32Array[], limit: number): Uint32Array {
  const all = new Uint32Array(sets.reduce((total, set) => total + set.length, 0));
  let offset = 0;
  for (const set of sets) {
    all.set(set, offset);
    offset += set.length;
  }
  const sorted = radixSort(all);
  const common: number[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end += 1;
    if (end - start > limit) common.push(sorted[start] ?? 0);
    start = end;
  }
  return Uint32Array.from(common);
}

/** The values of sorted `set` that are not in sorted `excluded`, in one pass over both. */
function withoutSorted(set: Uint32Array, excluded: Uint32Array): Uint32Array {
  const kept = new Uint32Array(set.length);
  let length = 0;
  let next = 0;
  for (let index = 0; index < set.length; index += 1) {
    const value = set[index] as number;
    while (next < excluded.length && (excluded[next] ?? 0) < value) next += 1;
    if (excluded[next] !== value) kept[length++] = value;
  }
  return kept.slice(0, length);
}

/** Jaccard similarity of two sorted hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The share of the smaller set found in the larger: an abstract an aggregator cut after two
 * sentences is wholly contained in the full one, though their Jaccard similarity is low.
 */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / Math.min(a.length, b.length);
}

/** How many values two sorted sets share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] ?? 0;
    const right = b[j] ?? 0;
    if (left === right) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return shared;
}

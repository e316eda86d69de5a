/**
 * Abstract fingerprints. Versions of one abstract differ by a few words ("such as" → "like"), so
 * abstracts are compared as sets of overlapping word triples (shingles): small edits change few
 * of them, while different papers share almost none.
 */

/** Word triples of the lower-cased text, each hashed to a 32-bit integer. */
export function shingleHashes(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  for (let index = 0; index + 2 < words.length; index += 1) {
    hashes.add(fnv1a(`${words[index]} ${words[index + 1]} ${words[index + 2]}`));
  }
  return Uint32Array.from([...hashes].sort((a, b) => a - b));
}

/** Jaccard similarity of two sorted hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
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

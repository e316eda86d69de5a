/**
 * The index of wink's English vocabulary (88,000 words) as the tagger reads it: `index[word]` is the
 * word's position in the list, and words the tagger meets for the first time are added with
 * `index[word] = position`.
 *
 * The package builds it as a plain object, one property per word, which took 90 ms of the model's
 * load; a 1,000-paper ingest then looks up about 2,400 words. So the words are placed in an open-
 * addressing table of positions (a typed array, 10 ms to fill, nothing for the garbage collector to
 * trace) and read through a Proxy. A Map behind the Proxy was tried first: it saved less to build and
 * cost the topic stage as much again in garbage collection.
 */
export function lexemeIndex(words: readonly string[]): Record<string, number> {
  const size = 2 ** Math.ceil(Math.log2(2 * Math.max(1, words.length)));
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let position = 0; position < words.length; position += 1) {
    let slot = hashOf(words[position] as string) & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = position;
  }
  const find = (word: string): number | undefined => {
    for (let slot = hashOf(word) & mask; slots[slot] !== -1; slot = (slot + 1) & mask) {
      const position = slots[slot] as number;
      if (words[position] === word) return position;
    }
    return undefined;
  };
  // Words added while tagging (the package appends them to its list too).
  const added = Object.create(null) as Record<string, number>;
  return new Proxy(added, {
    get: (target, key) => (typeof key === 'string' ? (target[key] ?? find(key)) : undefined),
    has: (target, key) => typeof key === 'string' && (key in target || find(key) !== undefined),
    set: (target, key, position: number) => {
      target[key as string] = position;
      return true;
    },
  });
}

/** FNV-1a over UTF-16 code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < word.length; at += 1) hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/**
 * Candidate pairs: the pairs worth scoring, found without comparing every record with every other
 * (blocking). A pair is a candidate when the two records share
 *
 *   - an arXiv id, a DOI, a title key, a code repository, or a day (blocks of equal keys);
 *   - a MinHash LSH bucket of abstract word triples (near copies, `minhash-lsh.ts`);
 *   - at least `sharedRareWords` rare content words of their titles and abstracts (rewritten
 *     abstracts, and a title against an untitled record's abstract). A word is rare when at most
 *     `rareWordRecords` records use it, so the work is bounded by that number per word.
 *
 * Every block is capped, so that the work grows with the number of records, not its square.
 */
import type { SourceRecord } from '../model.ts';
import type { RecordFeatures } from './features.ts';
import { candidatePairs as lshPairs } from './minhash-lsh.ts';

const maximumBlock = 50;
const sharedRareWords = 3;
const rareWordRecords = 20;

export function candidatePairs(records: readonly SourceRecord[], features: readonly RecordFeatures[]): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * records.length + b;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    pairs.push([a, b]);
  };
  const keyed: ((index: number) => string | undefined)[] = [
    (index) => records[index]?.arxiv,
    (index) => records[index]?.doi?.toLowerCase(),
    (index) => features[index]?.titleKey,
    (index) => features[index]?.code,
    (index) => (features[index]?.date?.length === 10 ? features[index]?.date : undefined),
  ];
  for (const keyOf of keyed) for (const block of blocks(records.length, keyOf)) pairsInBlock(block, add);
  for (const [a, b] of lshPairs(features.map((entry) => entry.shingles))) add(a, b);
  rareWordPairs(features, add);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function blocks(count: number, keyOf: (index: number) => string | undefined): number[][] {
  const byKey = new Map<string, number[]>();
  for (let index = 0; index < count; index += 1) {
    const key = keyOf(index);
    if (!key) continue;
    const block = byKey.get(key);
    if (block) block.push(index);
    else byKey.set(key, [index]);
  }
  return [...byKey.values()].filter((block) => block.length > 1);
}

/** Every pair of a small block; a crowded one (a busy day) only pairs neighbours, to stay linear. */
function pairsInBlock(block: readonly number[], add: (a: number, b: number) => void) {
  if (block.length > maximumBlock) {
    for (let index = 1; index < block.length; index += 1) add(block[0] as number, block[index] as number);
    return;
  }
  for (let a = 0; a < block.length; a += 1) for (let b = a + 1; b < block.length; b += 1) add(block[a] as number, block[b] as number);
}

/** Pairs sharing `sharedRareWords` rare words, counted per record over the words' posting lists. */
function rareWordPairs(features: readonly RecordFeatures[], add: (a: number, b: number) => void) {
  let vocabulary = 0;
  for (const { wordIds } of features) for (const id of wordIds) vocabulary = Math.max(vocabulary, id + 1);
  // Posting lists in one array (compressed sparse rows): a Map of arrays per word took most of the time.
  const offsets = new Uint32Array(vocabulary + 1);
  for (const { wordIds } of features) for (const id of wordIds) offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
  for (let id = 0; id < vocabulary; id += 1) offsets[id + 1] = (offsets[id + 1] ?? 0) + (offsets[id] ?? 0);
  const postings = new Uint32Array(offsets[vocabulary] ?? 0);
  const filled = offsets.slice(0, vocabulary);
  features.forEach(({ wordIds }, index) => {
    for (const id of wordIds) {
      const at = filled[id] as number;
      postings[at] = index;
      filled[id] = at + 1;
    }
  });
  const limit = rareWordRecords;
  const counts = new Uint16Array(features.length);
  const touched: number[] = [];
  features.forEach(({ wordIds }, index) => {
    for (const id of wordIds) {
      const start = offsets[id] as number;
      const end = offsets[id + 1] as number;
      if (end - start > limit) continue;
      for (let at = start; at < end; at += 1) {
        const other = postings[at] as number;
        if (other <= index) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other] = (counts[other] ?? 0) + 1;
      }
    }
    for (const other of touched) {
      if ((counts[other] ?? 0) >= sharedRareWords) add(index, other);
      counts[other] = 0;
    }
    touched.length = 0;
  });
}

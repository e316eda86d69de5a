/**
 * Which records describe the same paper. Evidence, strongest first:
 *
 *   1. the same arXiv id or DOI;
 *   2. overlapping abstracts (Jaccard similarity of word triples ≥ 0.3), found through MinHash LSH.
 *      Revised versions of one abstract score 0.4 and up; different papers, even by the same
 *      author on the same subject, score below 0.05;
 *   3. the same title, letter for letter once case and punctuation are ignored, unless both
 *      records have abstracts and those are unrelated.
 *
 * Two different arXiv ids (or DOIs) in one cluster would mean two papers, so a link that would
 * create that is refused, whatever the other evidence. Nothing links on dates or authors: one
 * author often submits two papers on the same day, and near-identical titles ("Incentivized
 * Communication …" / "Incentivized Truthful Communication …") are different papers.
 */
import { titleKey } from '../extract/text.ts';
import type { SourceRecord } from '../model.ts';
import { candidatePairs } from './minhash-lsh.ts';
import { jaccard, shingleHashes, withoutCommonShingles } from './shingles.ts';

export const sameAbstractThreshold = 0.3;
/** A word triple in more records than this (or 1% of them) is boilerplate, not evidence. */
const commonShingleRecords = 20;
/** Below this, two records with the same title are taken to be different papers. */
const unrelatedAbstractThreshold = 0.1;

export interface Link {
  a: number;
  b: number;
  reason: 'arxiv id' | 'DOI' | 'abstract' | 'title';
  similarity?: number;
}

class Clusters {
  private readonly parent: number[];
  private readonly ids: Map<number, Set<string>>;

  constructor(records: readonly SourceRecord[]) {
    this.parent = records.map((_, index) => index);
    this.ids = new Map(records.map((record, index) => [index, identifiers(record)]));
  }

  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    // Path compression keeps later finds near constant time.
    for (let node = index; this.parent[node] !== root; ) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Joins the clusters of `a` and `b` unless that would put two different ids in one cluster. */
  union(a: number, b: number): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return false;
    const idsA = this.ids.get(rootA) ?? new Set();
    const idsB = this.ids.get(rootB) ?? new Set();
    if (conflicting(idsA, idsB)) return false;
    const [keep, drop] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[drop] = keep;
    this.ids.set(keep, new Set([...idsA, ...idsB]));
    this.ids.delete(drop);
    return true;
  }
}

/** `arxiv:…` and `doi:…` keys of a record. */
function identifiers(record: SourceRecord): Set<string> {
  const keys = new Set<string>();
  if (record.arxiv) keys.add(`arxiv:${record.arxiv}`);
  if (record.doi) keys.add(`doi:${record.doi.toLowerCase()}`);
  return keys;
}

function conflicting(a: Set<string>, b: Set<string>): boolean {
  for (const kind of ['arxiv:', 'doi:']) {
    const left = [...a].filter((key) => key.startsWith(kind));
    const right = [...b].filter((key) => key.startsWith(kind));
    if (left.length > 0 && right.length > 0 && !left.some((key) => b.has(key))) return true;
  }
  return false;
}

export interface Clustering {
  /** Indexes into the input, each cluster in input order, clusters ordered by their first record. */
  clusters: number[][];
  /** The links that joined clusters, for the report. */
  links: Link[];
}

export function clusterRecords(records: readonly SourceRecord[]): Clustering {
  // Identical abstracts (a paper copied verbatim between documents) are fingerprinted once.
  const byText = new Map<string, Uint32Array>();
  const raw = records.map((record) => {
    if (!record.abstract) return undefined;
    const known = byText.get(record.abstract) ?? shingleHashes(record.abstract);
    byText.set(record.abstract, known);
    return known;
  });
  const shingles = withoutCommonShingles(raw, Math.max(commonShingleRecords, records.length / 100));
  const similarity = (a: number, b: number) => {
    const left = shingles[a];
    const right = shingles[b];
    return left && right ? jaccard(left, right) : undefined;
  };

  const proposals: Link[] = [
    ...linksBySharedKey(records, (record) => record.arxiv, 'arxiv id'),
    ...linksBySharedKey(records, (record) => record.doi?.toLowerCase(), 'DOI'),
    ...candidatePairs(shingles)
      .map(([a, b]): Link => ({ a, b, reason: 'abstract', similarity: similarity(a, b) ?? 0 }))
      .filter((link) => (link.similarity ?? 0) >= sameAbstractThreshold)
      .sort((x, y) => (y.similarity ?? 0) - (x.similarity ?? 0) || x.a - y.a || x.b - y.b),
    ...linksBySharedKey(records, (record) => (record.title ? titleKey(record.title) : undefined), 'title').filter((link) => {
      const abstractSimilarity = similarity(link.a, link.b);
      return abstractSimilarity === undefined || abstractSimilarity >= unrelatedAbstractThreshold;
    }),
  ];

  const clusters = new Clusters(records);
  const links = proposals.filter((link) => clusters.union(link.a, link.b));
  const byRoot = new Map<number, number[]>();
  records.forEach((_, index) => {
    const root = clusters.find(index);
    const members = byRoot.get(root);
    if (members) members.push(index);
    else byRoot.set(root, [index]);
  });
  return { clusters: [...byRoot.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0)), links };
}

/** Links each record to the first earlier record with the same key. */
function linksBySharedKey(
  records: readonly SourceRecord[],
  keyOf: (record: SourceRecord) => string | undefined,
  reason: Link['reason'],
): Link[] {
  const firstWithKey = new Map<string, number>();
  const links: Link[] = [];
  records.forEach((record, index) => {
    const key = keyOf(record);
    if (!key) return;
    const first = firstWithKey.get(key);
    if (first === undefined) firstWithKey.set(key, index);
    else links.push({ a: first, b: index, reason });
  });
  return links;
}

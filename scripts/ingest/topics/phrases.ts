/**
 * The candidate phrases of a text: word sequences of up to four words that neither start nor end
 * with a stopword or a boilerplate word. Every word of every abstract is seen here, so phrases are
 * not built as strings: each is a node of a trie of stems, reached one word at a time, on which
 * counts are kept directly. Building a key string and an object per phrase, and a set of keys per
 * paper, took 260 ms of a 1,000-paper ingest; finding the phrases this way takes about 60 ms.
 */
import type { Token } from './words.ts';

/**
 * Every distinct phrase of a collection (a sequence of stems) as a number, with how many papers it
 * occurs in. The trie's nodes are numbers and its edges one hash table on typed arrays: an object and
 * a Map of children per node (about 100,000 nodes for 1,000 papers) were most of what the topic stage
 * kept alive, and garbage collection copied them again and again.
 */
export class PhraseTrie {
  static readonly root = 0;
  private readonly stemIds = new Map<string, number>();
  private nodeCount = 1;
  /** Per node: the papers its phrase occurs in, and the last paper counted, so each counts once. */
  private paperCounts: Int32Array;
  private lastCountedPapers: Int32Array;
  /** Open addressing, linear probing: each slot an edge (parent, stem) → child; child 0 marks a free slot. */
  private edgeParents: Int32Array;
  private edgeStems: Int32Array;
  private edgeChildren: Int32Array;

  /**
   * @param expectedNodes sized for this many phrases up front, so the tables seldom grow. The words of
   *   the texts are a good guess: a collection has somewhat fewer distinct phrases than words.
   */
  constructor(expectedNodes = 1024) {
    const nodes = 2 ** Math.ceil(Math.log2(Math.max(1024, expectedNodes)));
    this.paperCounts = new Int32Array(nodes);
    this.lastCountedPapers = new Int32Array(nodes).fill(-1);
    this.edgeParents = new Int32Array(2 * nodes);
    this.edgeStems = new Int32Array(2 * nodes);
    this.edgeChildren = new Int32Array(2 * nodes);
  }

  /** The node one stem below `parent`, added if it is new. */
  child(parent: number, stem: string): number {
    let stemId = this.stemIds.get(stem);
    if (stemId === undefined) this.stemIds.set(stem, (stemId = this.stemIds.size));
    const mask = this.edgeChildren.length - 1;
    let slot = edgeHash(parent, stemId) & mask;
    for (let child = this.edgeChildren[slot] as number; child !== 0; child = this.edgeChildren[slot] as number) {
      if (this.edgeParents[slot] === parent && this.edgeStems[slot] === stemId) return child;
      slot = (slot + 1) & mask;
    }
    const child = this.nodeCount++;
    this.edgeParents[slot] = parent;
    this.edgeStems[slot] = stemId;
    this.edgeChildren[slot] = child;
    if (child >= this.paperCounts.length) this.growNodes();
    // At most half full, so that probes stay short.
    if (2 * this.nodeCount > this.edgeChildren.length) this.growEdges();
    return child;
  }

  countPaper(node: number, paper: number): void {
    if (this.lastCountedPapers[node] === paper) return;
    this.lastCountedPapers[node] = paper;
    (this.paperCounts[node] as number) += 1;
  }

  paperCount(node: number): number {
    return this.paperCounts[node] as number;
  }

  private growNodes(): void {
    const counts = new Int32Array(this.paperCounts.length * 2);
    counts.set(this.paperCounts);
    const last = new Int32Array(counts.length).fill(-1);
    last.set(this.lastCountedPapers);
    this.paperCounts = counts;
    this.lastCountedPapers = last;
  }

  private growEdges(): void {
    const { edgeParents: parents, edgeStems: stems, edgeChildren: children } = this;
    this.edgeParents = new Int32Array(children.length * 2);
    this.edgeStems = new Int32Array(children.length * 2);
    this.edgeChildren = new Int32Array(children.length * 2);
    const mask = this.edgeChildren.length - 1;
    for (let old = 0; old < children.length; old += 1) {
      if (children[old] === 0) continue;
      let slot = edgeHash(parents[old] as number, stems[old] as number) & mask;
      while (this.edgeChildren[slot] !== 0) slot = (slot + 1) & mask;
      this.edgeParents[slot] = parents[old] as number;
      this.edgeStems[slot] = stems[old] as number;
      this.edgeChildren[slot] = children[old] as number;
    }
  }
}

/** Mixes the two numbers so that consecutive ids spread over the table. */
function edgeHash(parent: number, stemId: number): number {
  const mixed = Math.imul(parent, 0x9e3779b1) ^ Math.imul(stemId + 1, 0x85ebca77);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}

/**
 * Phrases found in a text, in reading order (by first word, then by length): `run[start]` to
 * `run[end - 1]` reaching `node`. Stored as parallel arrays rather than an object per phrase.
 */
export class PhraseList {
  readonly nodes: number[] = [];
  readonly runs: (readonly Token[])[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  get length(): number {
    return this.nodes.length;
  }

  add(node: number, run: readonly Token[], start: number, end: number): void {
    this.nodes.push(node);
    this.runs.push(run);
    this.starts.push(start);
    this.ends.push(end);
  }
}

const maximumPhraseWords = 4;

/** Every phrase of `runs`, each with its node in `trie`: the same stems always reach the same node. */
export function findPhrases(runs: readonly (readonly Token[])[], trie: PhraseTrie): PhraseList {
  const phrases = new PhraseList();
  for (const run of runs) {
    for (let start = 0; start < run.length; start += 1) {
      if ((run[start] as Token).role.weak) continue;
      let node = PhraseTrie.root;
      let stopCount = 0;
      for (let end = start + 1; end <= run.length && end - start <= maximumPhraseWords; end += 1) {
        const last = run[end - 1] as Token;
        const { role } = last;
        // One small word inside binds a name ("chain of thought"); two make a clause ("prove that and hold").
        if (role.stop && (stopCount += 1) > 1) break;
        node = trie.child(node, last.stem);
        if (role.weak && !(role.head && end - start > 1)) continue;
        // A single word rarely names a thread ("networks"); an acronym may ("RAG").
        if (end - start === 1 && !role.standsAlone) continue;
        if (role.adjective) continue;
        phrases.add(node, run, start, end);
      }
    }
  }
  return phrases;
}

/** The phrase's key: its stems, space-separated (stems hold no spaces, so keys and nodes correspond). */
export function phraseKey(run: readonly Token[], start: number, end: number): string {
  let key = run[start]?.stem ?? '';
  for (let index = start + 1; index < end; index += 1) key += ` ${run[index]?.stem}`;
  return key;
}

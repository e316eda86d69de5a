/**
 * The candidate phrases of a text: word sequences of up to four words that neither start nor end
 * with a stopword or a boilerplate word. Every word of every abstract is seen here, so phrases are
 * not built as strings: each is a node of a trie of stems, reached one word at a time, on which
 * counts are kept directly. Building a key string and an object per phrase, and a set of keys per
 * paper, took 260 ms of a 1,000-paper ingest; finding the phrases this way takes about 60 ms.
 */
import type { Token } from './words.ts';

/** One distinct phrase (a sequence of stems), shared by all its occurrences. */
export class PhraseNode {
  private children: Map<string, PhraseNode> | undefined;
  /** How many papers the phrase occurs in, and the last paper counted, so each counts once. */
  paperCount = 0;
  private lastCountedPaper = -1;

  child(stem: string): PhraseNode {
    this.children ??= new Map();
    let node = this.children.get(stem);
    if (!node) {
      node = new PhraseNode();
      this.children.set(stem, node);
    }
    return node;
  }

  countPaper(paper: number): void {
    if (this.lastCountedPaper === paper) return;
    this.lastCountedPaper = paper;
    this.paperCount += 1;
  }
}

/**
 * Phrases found in a text, in reading order (by first word, then by length): `run[start]` to
 * `run[end - 1]` reaching `node`. Stored as parallel arrays rather than an object per phrase.
 */
export class PhraseList {
  readonly nodes: PhraseNode[] = [];
  readonly runs: (readonly Token[])[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  get length(): number {
    return this.nodes.length;
  }

  add(node: PhraseNode, run: readonly Token[], start: number, end: number): void {
    this.nodes.push(node);
    this.runs.push(run);
    this.starts.push(start);
    this.ends.push(end);
  }
}

const maximumPhraseWords = 4;

/** Every phrase of `runs`, each with its node below `root`: the same stems always reach the same node. */
export function findPhrases(runs: readonly (readonly Token[])[], root: PhraseNode): PhraseList {
  const phrases = new PhraseList();
  for (const run of runs) {
    for (let start = 0; start < run.length; start += 1) {
      if ((run[start] as Token).role.weak) continue;
      let node = root;
      let stopCount = 0;
      for (let end = start + 1; end <= run.length && end - start <= maximumPhraseWords; end += 1) {
        const last = run[end - 1] as Token;
        const { role } = last;
        // One small word inside binds a name ("chain of thought"); two make a clause ("prove that and hold").
        if (role.stop && (stopCount += 1) > 1) break;
        node = node.child(last.stem);
        if (role.weak) continue;
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

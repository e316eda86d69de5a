/**
 * Candidate topic phrases: word sequences (one to four words, see `phrases.ts`) that recur across
 * papers or stand in a title, with the papers they occur in, and where each was seen, for reading
 * its label. Every word of every abstract passes through here, so phrases are trie nodes, and an
 * object is built only for a phrase that can name a topic.
 */
import { findPhrases, phraseKey, PhraseTrie, type PhraseList } from './phrases.ts';
import type { TopicSource } from './source.ts';
import { phraseRuns, type Token } from './words.ts';

export interface Candidate {
  key: string;
  words: number;
  papers: Set<number>;
  titlePapers: Set<number>;
  innerStopword: boolean;
  /** A single word, which is only ever an acronym ("RAG"): it names a thread on its own. */
  standsAlone: boolean;
  /** Occurrences counted for `before` and `after` (a single word's in titles only). */
  occurrences: number;
  /** How often each stem precedes or follows the phrase: a phrase nearly always extended the same way is a fragment. */
  before: Map<string, number>;
  after: Map<string, number>;
  /** How well the phrase names a thread, once all papers are counted. */
  score: number;
}

/** An occurrence of a picked phrase, weighted toward titles, for reading its label. */
export interface Sighting {
  run: readonly Token[];
  start: number;
  weight: number;
}

export interface PaperPhrases {
  title: PhraseList;
  abstract: PhraseList;
}

export function collectCandidates(papers: readonly TopicSource[]) {
  // Most phrases occur in one paper only and can never be a shared topic; counting first means
  // full candidates are built only for recurring phrases and for title phrases (the fallback).
  let words = 0;
  for (const { titleRuns, abstractRuns } of papers)
    for (const run of titleRuns.concat(abstractRuns)) words += run.length;
  const trie = new PhraseTrie(words);
  const phrasesByPaper = papers.map((paper, index) => {
    const title = findPhrases(paper.titleRuns, trie);
    const abstract = findPhrases(paper.abstractRuns, trie);
    for (const node of title.nodes) trie.countPaper(node, index);
    for (const node of abstract.nodes) trie.countPaper(node, index);
    return { title, abstract };
  });
  const candidates = new Map<number, Candidate>();
  const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  phrasesByPaper.forEach(({ title, abstract }, index) => {
    const inTitle = new Set(title.nodes);
    // A title with no usable phrase ("Attention Is All You Need") left its paper without any candidate
    // and so without a topic: the abstract's own phrases then stand in for the title's.
    const titleless = title.length === 0;
    const record = (phrases: PhraseList, at: number) => {
      const node = phrases.nodes[at] as number;
      if (trie.paperCount(node) < 2 && !inTitle.has(node) && !titleless) return;
      const run = phrases.runs[at] as readonly Token[];
      const start = phrases.starts[at] as number;
      const end = phrases.ends[at] as number;
      let candidate = candidates.get(node);
      if (!candidate) {
        candidate = {
          key: phraseKey(run, start, end),
          words: end - start,
          papers: new Set(),
          titlePapers: new Set(),
          innerStopword: run.slice(start, end).some((token) => token.role.stop),
          standsAlone: end - start === 1 && (run[start] as Token).role.standsAlone,
          occurrences: 0,
          before: new Map(),
          after: new Map(),
          score: 0,
        };
        candidates.set(node, candidate);
      }
      candidate.papers.add(index);
      // An acronym is counted in titles only: in abstracts it is in too many phrases to tell.
      if (end - start > 1 || phrases === title) {
        candidate.occurrences += 1;
        // A word no phrase can start with ("for", "novel") makes no longer phrase of it.
        const previous = run[start - 1];
        const before = previous && !previous.role.weak ? previous.stem : undefined;
        const after = run[end]?.stem;
        if (before) count(candidate.before, before);
        if (after) count(candidate.after, after);
      }
      if (inTitle.has(node)) candidate.titlePapers.add(index);
    };
    for (let at = 0; at < title.length; at += 1) record(title, at);
    for (let at = 0; at < abstract.length; at += 1) record(abstract, at);
  });
  return { candidates, phrasesByPaper };
}

/**
 * Every occurrence of the given phrases, found again once they are wanted: recording every
 * occurrence of every candidate as it was counted allocated an object each, for a few dozen labels.
 * A candidate's occurrences were all counted (a phrase of one paper only is a candidate because of
 * that paper), so all of them are sightings.
 */
export function sightingsOf(
  picked: Iterable<Candidate>,
  candidates: ReadonlyMap<number, Candidate>,
  phrasesByPaper: readonly PaperPhrases[],
): Map<Candidate, Sighting[]> {
  const wanted = new Set(picked);
  const sightings = new Map<Candidate, Sighting[]>();
  const collect = (phrases: PhraseList, weight: number) => {
    for (let at = 0; at < phrases.length; at += 1) {
      const candidate = candidates.get(phrases.nodes[at] as number);
      if (!candidate || !wanted.has(candidate)) continue;
      const sighting = { run: phrases.runs[at] as readonly Token[], start: phrases.starts[at] as number, weight };
      const list = sightings.get(candidate);
      if (list) list.push(sighting);
      else sightings.set(candidate, [sighting]);
    }
  };
  for (const { title, abstract } of phrasesByPaper) {
    collect(title, 10);
    collect(abstract, 1);
  }
  return sightings;
}

/**
 * How a phrase reads. Words expanded from an acronym read as the acronym again ("LLM agents"),
 * unless the phrase is nothing but the expansion ("retrieval augmented generation").
 */
export function surfaceOf(tokens: readonly Token[]): string {
  const first = tokens[0]?.acronym;
  if (first && tokens.every((token) => token.acronym === first)) return tokens.map((token) => token.surface).join(' ');
  const words: string[] = [];
  tokens.forEach((token, index) => {
    if (!token.acronym) words.push(token.surface);
    else if (tokens[index - 1]?.acronym !== token.acronym) words.push(token.acronym.name);
  });
  return words.join(' ');
}

export function keyOfWords(words: readonly string[]): string {
  return phraseRuns(words.join(' '))
    .flatMap((run) => run.map((token) => token.stem))
    .join(' ');
}

/** "long chain" is nearly always followed by "of thought": the topic is the longer phrase. */
export function isFragment(candidate: Candidate): boolean {
  const dominant = (count: number) => count >= 2 && count >= 0.8 * candidate.occurrences;
  return [...candidate.before.values()].some(dominant) || [...candidate.after.values()].some(dominant);
}


/**
 * A default taxonomy derived from the publications themselves, for owners who have not written
 * `content/topics.yaml`. Candidate topics are word sequences (one to three words) that recur across
 * papers, weighted toward phrases in titles. Phrases in more than half of the papers are too broad
 * to separate research threads ("large language models" for an NLP researcher) and are left out.
 * Topics are picked greedily, skipping ones that mostly repeat a topic already picked, until every
 * paper has a topic.
 */
import type { Topic } from '../../../src/schema/topics.ts';
import { slugify } from '../slugs.ts';
import { compileTopics, matchStrength } from './match.ts';
import { findPhrases, phraseKey, PhraseTrie, type PhraseList } from './phrases.ts';
import type { TopicSource } from './source.ts';
import { phraseRuns, stopwords, type Token } from './words.ts';

interface Candidate {
  key: string;
  words: number;
  papers: Set<number>;
  titlePapers: Set<number>;
  innerStopword: boolean;
  occurrences: number;
  /** How often each stem precedes or follows the phrase: a phrase nearly always extended the same way is a fragment. */
  before: Map<string, number>;
  after: Map<string, number>;
  /** How well the phrase names a thread, once all papers are counted. */
  score: number;
}

/** An occurrence of a picked phrase, weighted toward titles, for reading its label. */
interface Sighting {
  run: readonly Token[];
  start: number;
  weight: number;
}

/** At most this share of papers under one derived topic. */
const maximumShare = 0.5;

/**
 * @param existing topics already in the taxonomy; papers they cover need no new topic.
 * @param onlyToCover add topics only for papers no topic covers yet (the taxonomy exists and is
 *   only ever appended to), rather than building a full taxonomy.
 */
export function deriveTopics(
  papers: readonly TopicSource[],
  expansions: ReadonlyMap<string, string[]>,
  existing: readonly Topic[] = [],
  onlyToCover = false,
): Topic[] {
  const { candidates, phrasesByPaper } = collectCandidates(papers);
  const ceiling = Math.max(2, Math.floor(papers.length * maximumShare));
  // Recurrence, doubled and more for recurring in titles; two- and three-word phrases name threads
  // better than single words, and phrases with a small word inside ("communication for federated")
  // are usually fragments of a longer name.
  const scoreOf = (candidate: Candidate) =>
    candidate.papers.size *
    (1 + candidate.titlePapers.size) *
    ([0, 0.4, 1, 1.1, 1.1][candidate.words] ?? 1) *
    (candidate.innerStopword ? 0.7 : 1);
  for (const candidate of candidates.values()) candidate.score = scoreOf(candidate);
  const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.key.localeCompare(b.key);
  const ranked = [...candidates.values()]
    .filter((candidate) => candidate.papers.size <= ceiling && !isFragment(candidate))
    .sort(byScore);

  const picked: Candidate[] = [];
  const covered = new Set<number>();
  const existingTopics = compileTopics(existing, expansions);
  papers.forEach((paper, index) => {
    if (existingTopics.some((topic) => matchStrength(paper.text, topic.keys) > 0)) covered.add(index);
  });
  // About two topics per square root of the papers: 9 for 20 papers, 20 for 100, at most 40.
  const targetCount = onlyToCover ? 0 : Math.min(40, Math.max(3, Math.round(2 * Math.sqrt(papers.length))));
  // A topic that mostly repeats one already picked (same papers, or a phrase inside the other) adds nothing.
  const redundant = (candidate: Candidate) =>
    picked.some((other) => {
      const shared = similarity(other.papers, candidate.papers);
      return shared >= 0.6 || (shared >= 0.3 && containsPhrase(other.key, candidate.key));
    });
  // Threads are named in titles; phrases only abstracts use ("ground truth") are too generic to lead.
  const recurring = ranked.filter(
    (candidate) => (candidate.papers.size >= 2 || papers.length <= 3) && candidate.titlePapers.size >= 1,
  );

  for (const candidate of recurring) {
    if (picked.length >= targetCount && covered.size === papers.length) break;
    const addsCoverage = [...candidate.papers].some((index) => !covered.has(index));
    if (picked.length >= targetCount && !addsCoverage) continue;
    if (redundant(candidate)) continue;
    picked.push(candidate);
    candidate.papers.forEach((index) => covered.add(index));
  }
  // Papers no recurring phrase covers get their own best phrase, so every paper has a topic.
  const candidatesOfPaper = new Map<number, Candidate[]>();
  for (const candidate of ranked) {
    for (const index of candidate.papers) {
      if (covered.has(index)) continue;
      const list = candidatesOfPaper.get(index);
      if (list) list.push(candidate);
      else candidatesOfPaper.set(index, [candidate]);
    }
  }
  // A phrase taken for a fragment is still better than no topic: with a derived title (the abstract's
  // first sentence) every title phrase recurs with the same neighbours, and such a paper got none.
  let fragments: Candidate[] | undefined;
  const lastResort = (index: number) => {
    fragments ??= [...candidates.values()]
      .filter((candidate) => candidate.papers.size <= ceiling && isFragment(candidate))
      .sort(byScore);
    return fragments.find((candidate) => candidate.papers.has(index) && !redundant(candidate));
  };
  papers.forEach((_, index) => {
    if (covered.has(index)) return;
    const own = candidatesOfPaper.get(index)?.find((candidate) => !redundant(candidate)) ?? lastResort(index);
    if (!own) return;
    picked.push(own);
    own.papers.forEach((paper) => covered.add(paper));
  });

  const taken = new Set(existing.map((topic) => topic.slug));
  const sightings = sightingsOf(picked, candidates, phrasesByPaper);
  return picked.flatMap((candidate): Topic[] => {
    const label = labelOf(candidate, sightings.get(candidate) ?? []);
    const slug = slugify(label);
    if (!slug || taken.has(slug)) return [];
    taken.add(slug);
    const acronyms = [...expansions]
      .filter(([, words]) => keyOfWords(words) === candidate.key)
      .map(([acronym]) => acronym);
    return [{ slug, label, keywords: [keywordOf(label), ...acronyms] }];
  });
}

/**
 * The label as a keyword: lower-cased except for acronyms. Matching expands "LLM" but not "llm", so a
 * fully lower-cased "llm agents" matched no paper and the topic stayed empty.
 */
function keywordOf(label: string): string {
  return label
    .split(' ')
    .map((word) => (/^[A-Z]{2,}s?$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

interface PaperPhrases {
  title: PhraseList;
  abstract: PhraseList;
}

function collectCandidates(papers: readonly TopicSource[]) {
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
          occurrences: 0,
          before: new Map(),
          after: new Map(),
          score: 0,
        };
        candidates.set(node, candidate);
      }
      candidate.papers.add(index);
      candidate.occurrences += 1;
      const before = run[start - 1]?.stem;
      const after = run[end]?.stem;
      if (before) count(candidate.before, before);
      if (after) count(candidate.after, after);
      if (inTitle.has(node)) candidate.titlePapers.add(index);
    };
    for (let at = 0; at < title.length; at += 1) record(title, at);
    for (let at = 0; at < abstract.length; at += 1) record(abstract, at);
  });
  return { candidates, phrasesByPaper };
}

/**
 * Every occurrence of the picked phrases, found again once they are picked: recording every
 * occurrence of every candidate as it was counted allocated an object each, for a few dozen labels.
 * A candidate's occurrences were all counted (a phrase of one paper only is a candidate because of
 * that paper), so all of them are sightings.
 */
function sightingsOf(
  picked: readonly Candidate[],
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
function surfaceOf(tokens: readonly Token[]): string {
  const first = tokens[0]?.acronym;
  if (first && tokens.every((token) => token.acronym === first)) return tokens.map((token) => token.surface).join(' ');
  const words: string[] = [];
  tokens.forEach((token, index) => {
    if (!token.acronym) words.push(token.surface);
    else if (tokens[index - 1]?.acronym !== token.acronym) words.push(token.acronym.name);
  });
  return words.join(' ');
}

function keyOfWords(words: readonly string[]): string {
  return phraseRuns(words.join(' '))
    .flatMap((run) => run.map((token) => token.stem))
    .join(' ');
}

/** "long chain" is nearly always followed by "of thought": the topic is the longer phrase. */
function isFragment(candidate: Candidate): boolean {
  const dominant = (count: number) => count >= 2 && count >= 0.8 * candidate.occurrences;
  return [...candidate.before.values()].some(dominant) || [...candidate.after.values()].some(dominant);
}

/** Jaccard similarity of two sets of papers. */
function similarity(a: Set<number>, b: Set<number>): number {
  const shared = [...a].filter((item) => b.has(item)).length;
  return shared / (a.size + b.size - shared);
}

function containsPhrase(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** The most common spelling, preferring how titles write it; lower-case abstract spellings are title-cased. */
function labelOf(candidate: Candidate, sightings: readonly Sighting[]): string {
  const surfaces = new Map<string, number>();
  for (const { run, start, weight } of sightings) {
    const surface = surfaceOf(run.slice(start, start + candidate.words));
    surfaces.set(surface, (surfaces.get(surface) ?? 0) + weight);
  }
  const [surface = candidate.key] = [...surfaces].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  return surface
    .split(' ')
    .map((word, index) =>
      index > 0 && stopwords.has(word.toLowerCase()) ? word.toLowerCase() : `${word[0]?.toUpperCase()}${word.slice(1)}`,
    )
    .join(' ');
}

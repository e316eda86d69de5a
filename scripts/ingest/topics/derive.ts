/**
 * A default taxonomy derived from the publications themselves, for owners who have not written
 * `content/topics.yaml`. Group first, then name, as a person would:
 *
 * 1. The papers are grouped by what they are about (`cluster.ts`): about 1.5 √n groups for n papers,
 *    and a group of one paper is folded into its nearest group while more than a quarter would be.
 * 2. Each group is named by its most distinctive phrase, a class-based TF-IDF as BERTopic does:
 *    how many of the group's papers hold the phrase (title ones three times), times log(1 + average
 *    group size / papers holding it anywhere, counted the same way). Phrases of two or three words are preferred to single words.
 *    A name must be a complete noun phrase (`flagLabel` finds nothing wrong with it), must not be
 *    most often extended the same way ("long chain" of "long chain of thought"), and must not start
 *    with a verb in its own title ("Extending Video…").
 * 3. A topic tags papers by its keywords (the owner edits them in `topics.yaml`), so each group also
 *    gets the next phrases that reach its other papers, as long as they mostly stay within it.
 *    A paper still untagged gets its own title phrase, on its group's topic or as a topic of its own.
 *
 * No topic may cover more than half of the papers: too broad to separate research threads ("large
 * language models" for an NLP researcher).
 */
import type { PartOfSpeech } from 'wink-nlp';
import type { Topic } from '../../../src/schema/topics.ts';
import { slugify } from '../slugs.ts';
import { collectCandidates, isFragment, keyOfWords, sightingsOf, type Candidate, type Sighting } from './candidates.ts';
import { clusterPapers, foldSingletons, paperVectors, sparseDot, type SparseVector } from './cluster.ts';
import { flagLabel } from './flag-label.ts';
import { labelOf } from './label.ts';
import { topicRange } from './quality.ts';
import { tagWords } from './part-of-speech.ts';
import type { TopicSource } from './source.ts';
import type { Token } from './words.ts';

/** A paper holding a phrase in its title counts this many times: threads are named in titles. */
const titleWeight = 3;
/** At most this share of papers under one derived topic. */
const maximumShare = 0.5;
/** Keywords a derived topic starts with: its label and the phrases that reach the rest of its group. */
const maximumKeywords = 5;
/**
 * Below this mean cosine similarity a paper is not like a topic's papers: it gets a topic of its
 * own rather than a keyword on an unrelated one (an interest-rate paper under "Heat Transport").
 */
const minimumSimilarity = 0.08;
/** Candidates read for each group's name before looking further down its list. */
const shortList = 12;

/**
 * How many groups for `count` papers: about 1.5 √n, within [√n, 2√n], at least 3 from 6 papers on.
 * Fewer than 6 papers are about one thread in three.
 */
export function groupCount(count: number): number {
  if (count < 6) return Math.max(1, Math.round(count / 3));
  const target = Math.round(1.5 * Math.sqrt(count));
  return Math.min(count, Math.max(count >= 6 ? 3 : 1, Math.ceil(Math.sqrt(count)), Math.min(target, Math.floor(2 * Math.sqrt(count)))));
}

interface Group {
  papers: number[];
  ranked: Candidate[];
}

interface Draft {
  label: string;
  key: string;
  keywords: string[];
  keys: Set<string>;
  papers: Set<number>;
}

/**
 * @param existing topics already in the taxonomy: their slugs and labels are not taken again.
 * @param groups how many groups to form; by default `groupCount` of the papers (a sample of a large
 *   collection passes the count for the whole collection).
 */
export function deriveTopics(
  papers: readonly TopicSource[],
  expansions: ReadonlyMap<string, string[]>,
  existing: readonly Topic[] = [],
  groups = groupCount(papers.length),
): Topic[] {
  if (papers.length === 0) return [];
  const { candidates, phrasesByPaper } = collectCandidates(papers);
  // A handful of papers may well all be one thread.
  const ceiling = papers.length < 6 ? papers.length : Math.floor(papers.length * maximumShare);
  const texts = papers.map((paper) => paper.raw.toLowerCase());
  const vectors = paperVectors(papers);
  const assignment = foldSingletons(
    vectors,
    clusterPapers(vectors, Math.min(groups, papers.length)),
    papers.length >= 10 ? Math.floor(groups / 4) : groups,
  );
  const grouped = rankCandidates(assignment, candidates, papers.length, ceiling);

  const sightings = new Map<Candidate, Sighting[]>();
  const sightingsFor = (wanted: readonly Candidate[]) => {
    const missing = wanted.filter((candidate) => !sightings.has(candidate));
    if (missing.length > 0) for (const [candidate, list] of sightingsOf(missing, candidates, phrasesByPaper)) sightings.set(candidate, list);
    for (const candidate of missing) if (!sightings.has(candidate)) sightings.set(candidate, []);
  };
  // Found in one pass for all that may be read: a pass per candidate was most of the stage's time.
  sightingsFor(grouped.flatMap((group) => group.ranked.slice(0, 4 * shortList)));

  const takenKeys = new Set(existing.flatMap((topic) => topic.keywords.map((keyword) => keyOfWords([keyword]))));
  // Labels are told apart by their slugs: "Self-Training" and "Self Training" are one topic.
  const takenSlugs = new Set(existing.flatMap((topic) => [topic.slug, slugify(topic.label)]));
  const contextTags = new Map<readonly Token[], PartOfSpeech[]>();
  const labels = new Map<Candidate, string | null>();
  /** The candidate's label, or null when it is no complete noun phrase. */
  const nameOf = (candidate: Candidate): string | null => {
    let label = labels.get(candidate);
    if (label !== undefined) return label;
    sightingsFor([candidate]);
    const seen = sightings.get(candidate) ?? [];
    label = labelOf(candidate, seen, texts);
    if (flagLabel(label).length > 0 || brokenInContext(seen, candidate.words, contextTags)) label = null;
    labels.set(candidate, label);
    return label;
  };
  const usable = (candidate: Candidate) =>
    !takenKeys.has(candidate.key) && !isFragment(candidate) && candidate.papers.size <= ceiling;

  const drafts: Draft[] = [];
  const groupTopic = new Map<number, Draft>();
  grouped.forEach((group, index) => {
    const members = new Set(group.papers);
    const shared = Math.min(2, members.size);
    const named = (candidate: Candidate) => {
      if (!usable(candidate) || inGroup(candidate, members) < shared) return null;
      // A single word rarely names a thread ("Video", "Prices"), an acronym may ("RAG").
      if (candidate.words === 1 && !candidate.standsAlone) return null;
      const label = nameOf(candidate);
      return label && slugify(label) && !takenSlugs.has(slugify(label)) ? label : null;
    };
    let head: Candidate | undefined;
    let label: string | null = null;
    // Threads are named in titles: a phrase only abstracts use ("incorrect generations") names the
    // group only when no title phrase can.
    const inTitle = (candidate: Candidate) => inGroup(candidate, members, candidate.titlePapers) > 0;
    for (const candidate of [...group.ranked.filter(inTitle), ...group.ranked.filter((candidate) => !inTitle(candidate))]) {
      label = named(candidate);
      if (label) {
        head = candidate;
        break;
      }
    }
    if (!head || !label) return;
    const draft = newDraft(head, label, takenKeys, takenSlugs);
    // Further keywords: phrases that reach more of the group and mostly stay within it.
    for (const candidate of group.ranked.slice(0, 4 * shortList)) {
      if (draft.keywords.length >= maximumKeywords || group.papers.every((paper) => draft.papers.has(paper))) break;
      if (!usable(candidate) || draft.keys.has(candidate.key)) continue;
      const reach = [...candidate.papers].filter((paper) => members.has(paper) && !draft.papers.has(paper)).length;
      // A phrase of one paper reaches it and says nothing of the group: its paper is left to the end.
      if (reach === 0 || candidate.papers.size < 2 || inGroup(candidate, members) < 0.5 * candidate.papers.size) continue;
      if (candidate.words === 1 && !candidate.standsAlone) continue;
      const keyword = union(draft.papers, candidate.papers) <= ceiling ? named(candidate) : null;
      if (keyword) addKeyword(draft, candidate, keyword, takenKeys);
    }
    drafts.push(draft);
    groupTopic.set(index, draft);
  });

  // Papers no keyword reaches: their own best phrase, on their group's topic or as a topic of its own.
  const covered = new Set(drafts.flatMap((draft) => [...draft.papers]));
  const ownPhrases = phrasesOfUncovered(candidates, covered, ceiling);
  const most = Math.max(groups, topicRange(papers.length)[1]);
  sightingsFor([...ownPhrases.values()].flatMap((list) => list.slice(0, shortList)));
  papers.forEach((_, paper) => {
    if (covered.has(paper)) return;
    const phrases = (ownPhrases.get(paper) ?? []).filter((candidate) => !takenKeys.has(candidate.key));
    const own = phrases.find((candidate) => {
      if (candidate.words === 1 && !candidate.standsAlone) return false;
      const label = nameOf(candidate);
      return label !== null && !takenSlugs.has(slugify(label));
    });
    const nearest = nearestDraft(drafts, vectors, paper);
    // Its group's topic; or, once there are as many topics as read well, or (from ten papers on) a
    // quarter of them hold a single paper, the topic most like it, if any is like it at all.
    const singles = drafts.filter((draft) => draft.papers.size === 1).length;
    const crowded =
      drafts.length >= most || (papers.length >= 10 && (own?.papers.size ?? 1) === 1 && singles + 1 > (drafts.length + 1) / 4);
    const group = groupTopic.get(assignment[paper] as number);
    const alike = group !== undefined && similarityTo(group, vectors, paper) > minimumSimilarity;
    const host = alike ? group : crowded && nearest.similarity > minimumSimilarity ? nearest.draft : undefined;
    const keyword = own ?? phrases[0];
    if (!keyword) return;
    const fits = (draft: Draft | undefined): draft is Draft => draft !== undefined && union(draft.papers, keyword.papers) <= ceiling;
    // A paper no phrase of which names a topic goes with the topics most like it, however unlike.
    const lastResort = () =>
      [...drafts].sort((a, b) => similarityTo(b, vectors, paper) - similarityTo(a, vectors, paper)).find(fits);
    const chosen = fits(host) ? host : own ? undefined : lastResort();
    if (chosen) {
      // A phrase that reads as no noun phrase is still a fine keyword, if nothing better is there.
      addKeyword(chosen, keyword, nameOf(keyword) ?? labelOf(keyword, sightings.get(keyword) ?? [], texts), takenKeys);
    } else if (own) {
      drafts.push(newDraft(own, nameOf(own) as string, takenKeys, takenSlugs));
    } else return;
    keyword.papers.forEach((index) => covered.add(index));
  });

  return drafts.map((draft): Topic => {
    const acronyms = [...expansions].filter(([, words]) => keyOfWords(words) === draft.key).map(([acronym]) => acronym);
    return { slug: slugify(draft.label), label: draft.label, keywords: [...draft.keywords, ...acronyms] };
  });
}

/**
 * Each group with its candidate phrases, best name first. Scores are computed only for phrases
 * that occur in the group, from the papers each phrase is in.
 */
function rankCandidates(
  assignment: readonly number[],
  candidates: ReadonlyMap<number, Candidate>,
  count: number,
  ceiling: number,
): Group[] {
  const total = Math.max(...assignment) + 1;
  const groups: Group[] = Array.from({ length: total }, () => ({ papers: [], ranked: [] }));
  assignment.forEach((group, paper) => groups[group]?.papers.push(paper));
  const average = count / total;
  const scored: { candidate: Candidate; score: number }[][] = groups.map(() => []);
  const inGroupCounts = new Float64Array(total);
  const inGroupPapers = new Int32Array(total);
  const touched: number[] = [];
  for (const candidate of candidates.values()) {
    if (candidate.papers.size > ceiling) continue;
    for (const paper of candidate.papers) {
      const group = assignment[paper] as number;
      if (inGroupCounts[group] === 0) touched.push(group);
      (inGroupCounts[group] as number) += candidate.titlePapers.has(paper) ? titleWeight : 1;
      (inGroupPapers[group] as number) += 1;
    }
    const everywhere = candidate.papers.size + (titleWeight - 1) * candidate.titlePapers.size;
    // Two- and three-word phrases name threads better than single words (acronyms) or long runs.
    const length = [0, 0.5, 1, 1.1, 1][candidate.words] ?? 1;
    for (const group of touched) {
      const frequency = inGroupCounts[group] as number;
      // A phrase in one paper of a larger group can neither name it nor reach more of it: left out,
      // which leaves a small fraction of the entries to sort.
      if ((inGroupPapers[group] as number) >= Math.min(2, groups[group]?.papers.length ?? 0)) {
        scored[group]?.push({ candidate, score: frequency * Math.log(1 + average / everywhere) * length });
      }
      inGroupCounts[group] = 0;
      inGroupPapers[group] = 0;
    }
    touched.length = 0;
  }
  groups.forEach((group, index) => {
    group.ranked = (scored[index] ?? [])
      .sort((a, b) => b.score - a.score || a.candidate.key.localeCompare(b.candidate.key))
      .map((entry) => entry.candidate);
  });
  // Larger groups choose their names first.
  return groups.filter((group) => group.papers.length > 0).sort((a, b) => b.papers.length - a.papers.length || (a.papers[0] as number) - (b.papers[0] as number));
}

/** How like the topic's papers the paper is, on average (cosine, 0 to 1). */
function similarityTo(draft: Draft, vectors: readonly SparseVector[], paper: number): number {
  let score = 0;
  for (const other of draft.papers) score += sparseDot(vectors[paper] as SparseVector, vectors[other] as SparseVector);
  return score / Math.max(1, draft.papers.size);
}

/** The topic whose papers are, on average, most like the paper, and how alike (cosine, 0 to 1). */
function nearestDraft(
  drafts: readonly Draft[],
  vectors: readonly SparseVector[],
  paper: number,
): { draft: Draft | undefined; similarity: number } {
  let best: Draft | undefined;
  let similarity = 0;
  for (const draft of drafts) {
    const score = similarityTo(draft, vectors, paper);
    if (score > similarity) {
      similarity = score;
      best = draft;
    }
  }
  return { draft: best, similarity };
}

function inGroup(candidate: Candidate, members: ReadonlySet<number>, papers = candidate.papers): number {
  let count = 0;
  for (const paper of papers) if (members.has(paper)) count += 1;
  return count;
}

function union(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let count = a.size;
  for (const item of b) if (!a.has(item)) count += 1;
  return count;
}

function newDraft(head: Candidate, label: string, takenKeys: Set<string>, takenSlugs: Set<string>): Draft {
  takenSlugs.add(slugify(label));
  const draft: Draft = { label, key: head.key, keywords: [], keys: new Set(), papers: new Set() };
  addKeyword(draft, head, label, takenKeys);
  return draft;
}

/** `label`: how the candidate reads (see `label.ts`). */
function addKeyword(draft: Draft, candidate: Candidate, label: string, takenKeys: Set<string>): void {
  draft.keywords.push(keywordOf(label.split(' ')));
  draft.keys.add(candidate.key);
  takenKeys.add(candidate.key);
  candidate.papers.forEach((paper) => draft.papers.add(paper));
}

/**
 * The label as a keyword: lower-cased except for acronyms. Matching expands "LLM" but not "llm", so a
 * fully lower-cased "llm agents" matched no paper and the topic stayed empty.
 */
function keywordOf(words: readonly string[]): string {
  return words.map((word) => (/^[A-Z]{2,}s?$/.test(word) ? word : word.toLowerCase())).join(' ');
}

/**
 * Is the phrase, where it is seen, not a noun phrase of its own? Either it heads a verb phrase, as
 * "Extending Video" does in "Extending Video Masked Autoencoders" (its first word a verb, other than
 * a participle in "-ed"),
 * or it stops short of the noun it modifies, as "Supply Chains and Consumer" does before "Prices".
 * Read in most of the titles it is in (or, without a title, the abstracts), three at most.
 */
function brokenInContext(sightings: readonly Sighting[], words: number, cache: Map<readonly Token[], PartOfSpeech[]>): boolean {
  const inTitles = sightings.filter((sighting) => sighting.weight > 1);
  const read = (inTitles.length > 0 ? inTitles : sightings).slice(0, 3);
  let broken = 0;
  for (const { run, start } of read) {
    let tags = cache.get(run);
    if (!tags) cache.set(run, (tags = tagWords(run.map((token) => token.surface))));
    // A participle modifies the noun after it ("Masked Autoencoders"), and so does any verb form
    // after a small word ("for streaming speech recognition"); other verbs head a clause.
    const headsVerb = tags[start] === 'VERB' && !/ed$/i.test(run[start]?.surface ?? '') && !run[start - 1]?.role.stop;
    // "monotone circuit" before "lower bounds" stops short too.
    const next = tags[start + words] === 'ADJ' ? tags[start + words + 1] : tags[start + words];
    // "chains and consumer prices" after "supply", or "candidates in honeycomb iridates" after
    // "spin liquid": with a small word inside, the phrase leaves its first noun's modifier behind.
    const before = tags[start - 1];
    const inner = run.slice(start + 1, start + words - 1).some((token) => token.role.stop);
    const cutBefore = inner && (before === 'NOUN' || before === 'PROPN' || before === 'ADJ');
    if (headsVerb || cutBefore || next === 'NOUN' || next === 'PROPN') broken += 1;
  }
  return broken * 2 > read.length;
}

/** For each paper no topic covers yet, its phrases, title phrases first, then by how widely they recur. */
function phrasesOfUncovered(
  candidates: ReadonlyMap<number, Candidate>,
  covered: ReadonlySet<number>,
  ceiling: number,
): Map<number, Candidate[]> {
  const byPaper = new Map<number, Candidate[]>();
  for (const candidate of candidates.values()) {
    if (candidate.papers.size > ceiling || isFragment(candidate)) continue;
    for (const paper of candidate.papers) {
      if (covered.has(paper)) continue;
      const list = byPaper.get(paper);
      if (list) list.push(candidate);
      else byPaper.set(paper, [candidate]);
    }
  }
  // Phrases before single words, which are seldom a topic ("lattice").
  const weight = (candidate: Candidate, paper: number) =>
    (candidate.words > 1 ? 100 : 1) *
    (candidate.titlePapers.has(paper) ? 4 : 1) * candidate.papers.size * ([0, 0.5, 1, 1.1, 1][candidate.words] ?? 1);
  for (const [paper, list] of byPaper) list.sort((a, b) => weight(b, paper) - weight(a, paper) || a.key.localeCompare(b.key));
  return byPaper;
}

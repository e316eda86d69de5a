/**
 * Search over the payload `src/lib/search-documents.ts` builds. Pure (no DOM), so unit tests and
 * benchmarks run it in Node exactly as the browser does.
 *
 * Each query word is matched fuzzily (fuse.js, typo-tolerant) against the vocabulary; the matched
 * words lead to the publications that contain them, scored by the field they are in (a title hit
 * counts most) and by how close the match is. Every query word must match somewhere: adding a word
 * narrows the results. Best match first; ties keep the newest-first order of the list.
 */
import Fuse from 'fuse.js/basic';
import { fuzzyCandidates } from './fuzzy-candidates.ts';
import { fieldWeights, type SearchPayload, type SearchRow } from '../../lib/search-payload.ts';
import { expandSlug, queryWords, tokenize } from '../../lib/search-tokens.ts';

export interface SearchHit {
  /** The paper page's slug. */
  slug: string;
  row: SearchRow;
  /** Position in the payload's rows (newest first). */
  position: number;
  score: number;
}

export interface SearchOptions {
  /** Only publications with this topic slug. */
  topic?: string | undefined;
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The topic slugs the payload knows, with labels, for the topic filter. */
  topics: SearchPayload['topics'];
}

/**
 * How far a word may be from a vocabulary word and still match (Fuse's 0–1 scale).
 * 0.34 lets a 6-letter word carry two typos' worth of slack and keeps 3-letter words nearly exact.
 */
const fuzzyThreshold = 0.34;
const fuseOptions = { threshold: fuzzyThreshold, ignoreLocation: true, includeScore: true, shouldSort: false } as const;
/** Words this short match as prefixes only: fuzzy matching two letters finds everything. */
const prefixOnlyLength = 2;

/** `Fuse.parseIndex` wants full records back; see `compactVocabularyIndex` for why they were trimmed. */
function restoreVocabularyIndex(vocabulary: SearchPayload['vocabulary']) {
  return Fuse.parseIndex<string>({
    keys: [],
    records: vocabulary.words.map((word, position) => ({ v: word, i: position, n: vocabulary.norm })),
  });
}

/** word → (row position → best field weight of that word in that row). */
type Postings = Map<string, Map<number, number>>;

function buildPostings(payload: SearchPayload): Postings {
  const postings: Postings = new Map();
  const add = (text: string, position: number, weight: number) => {
    for (const word of tokenize(text)) {
      let rows = postings.get(word);
      if (!rows) postings.set(word, (rows = new Map()));
      if ((rows.get(position) ?? 0) < weight) rows.set(position, weight);
    }
  };
  payload.rows.forEach(([, title, authors, venue, year, topics, terms, fullVenue], position) => {
    add(title, position, fieldWeights.title);
    add(authors.join(' '), position, fieldWeights.authors);
    add(venue, position, fieldWeights.venue);
    add(fullVenue, position, fieldWeights.venue);
    if (year !== null) add(String(year), position, fieldWeights.year);
    add(terms, position, fieldWeights.terms);
    for (const topic of topics) add(payload.topics[topic]?.[1] ?? '', position, fieldWeights.topics);
  });
  return postings;
}

export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const words = payload.vocabulary.words;
  const fuse = new Fuse(words, fuseOptions, restoreVocabularyIndex(payload.vocabulary));
  const postings = buildPostings(payload);
  const candidatesFor = fuzzyCandidates(words);
  const topicPosition = new Map(payload.topics.map(([slug], position) => [slug, position]));
  // Typing extends one word at a time: the other words' matches are reused from here.
  const wordCache = new Map<string, Map<number, number>>();

  /** The vocabulary is sorted, so the words starting with `prefix` are one run, found by bisection. */
  function wordsStartingWith(prefix: string): string[] {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < words.length && words[index]!.startsWith(prefix); index++) found.push(words[index]!);
    return found;
  }

  /**
   * Fuse's matches for a misspelled word. Fuse allows `threshold × length` edits; only the words
   * that can be that close are searched (see fuzzy-candidates.ts), with the same options.
   */
  function fuzzyMatches(word: string) {
    const candidates = candidatesFor(word, Math.floor(fuzzyThreshold * word.length));
    if (candidates === words) return fuse.search(word);
    return new Fuse(candidates, fuseOptions).search(word);
  }

  /** Row position → how well `word` matches that row (higher is better). */
  function matchWord(word: string): Map<number, number> {
    const cached = wordCache.get(word);
    if (cached) return cached;
    // A word the vocabulary has, or begins, is taken as typed: only a word found nowhere is
    // treated as a typo and matched fuzzily, which is the slow part.
    const typed = wordsStartingWith(word);
    const vocabularyHits: [string, number][] =
      typed.length > 0 || word.length <= prefixOnlyLength
        ? typed.map((candidate) => [candidate, candidate === word ? 1 : 0.9])
        : fuzzyMatches(word)
            .filter(({ item }) => item.length >= word.length - maxMissingLetters(word))
            .map(({ item, score = 1 }) => [item, closeness(word, item, score)]);
    const scores = new Map<number, number>();
    for (const [vocabularyWord, quality] of vocabularyHits) {
      for (const [position, weight] of postings.get(vocabularyWord) ?? []) {
        const score = weight * quality;
        if (score > (scores.get(position) ?? 0)) scores.set(position, score);
      }
    }
    if (wordCache.size > 200) wordCache.clear();
    wordCache.set(word, scores);
    return scores;
  }

  const hit = (row: SearchRow, position: number, score: number): SearchHit => ({
    slug: expandSlug(row[0], row[1]),
    row,
    position,
    score,
  });

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const wanted = queryWords(query);
    const topic = options.topic ? topicPosition.get(options.topic) : undefined;
    if (options.topic && topic === undefined) return [];
    const inTopic = (row: SearchRow) => topic === undefined || row[5].includes(topic);

    if (wanted.length === 0) {
      // A topic alone lists that topic's publications, newest first.
      if (topic === undefined) return [];
      return payload.rows.flatMap((row, position) => (inTopic(row) ? [hit(row, position, 0)] : []));
    }

    const perWord = wanted.map(matchWord).sort((a, b) => a.size - b.size);
    const [narrowest, ...others] = perWord;
    const hits: SearchHit[] = [];
    for (const [position, first] of narrowest ?? []) {
      const row = payload.rows[position];
      if (!row || !inTopic(row)) continue;
      let score = first;
      let matchesAll = true;
      for (const scores of others) {
        const wordScore = scores.get(position);
        if (wordScore === undefined) {
          matchesAll = false;
          break;
        }
        score += wordScore;
      }
      if (matchesAll) hits.push(hit(row, position, score));
    }
    return hits.sort((a, b) => b.score - a.score || a.position - b.position);
  }

  return { search, topics: payload.topics };
}

/**
 * Fuse matches a query word inside any longer vocabulary word, and also finds much shorter words
 * with a few letters "missing" ("reward" in "read"). A typo drops a letter or so; more than that
 * is another word.
 */
function maxMissingLetters(word: string): number {
  return Math.max(1, Math.floor(word.length / 6));
}

/**
 * 1 for the word itself, a little less for a word it begins ("reinforc" → "reinforcement"), less
 * again for a fuzzy or inner match, falling with Fuse's distance score.
 */
function closeness(query: string, candidate: string, fuseScore: number): number {
  if (candidate === query) return 1;
  if (candidate.startsWith(query)) return 0.9;
  return 0.75 * (1 - fuseScore);
}

/**
 * Does a publication's text contain a topic keyword? Both sides are reduced to stems (acronyms
 * expanded), so "Federated Bandits" matches the keyword "federated bandit" and "RAG" matches
 * "retrieval-augmented generation".
 */
import { phraseRuns, type Token } from './words.ts';

export interface TopicText {
  /** Stems of the title, space-padded: ` federat bandit `. */
  title: string;
  /** Stems of title and abstract, runs separated by ` | ` so that phrases never cross punctuation. */
  all: string;
  /** `all` starts with `title`, so a keyword absent from `all` is absent from the title too. */
  titleInAll: boolean;
}

/** The text to match, from the title's runs of words and those of title and abstract together. */
export function topicText(titleRuns: readonly (readonly Token[])[], allRuns: readonly (readonly Token[])[]): TopicText {
  const stems = (runs: readonly (readonly Token[])[]) =>
    ` ${runs.map((run) => run.map((token) => token.stem).join(' ')).join(' | ')} `;
  const title = stems(titleRuns);
  const all = stems(allRuns);
  return { title, all, titleInAll: all.startsWith(title) };
}

export function keywordKey(keyword: string, expansions: ReadonlyMap<string, string[]>): string {
  return phraseRuns(keyword, expansions)
    .map((run) => run.map((token) => token.stem).join(' '))
    .join(' | ');
}

/** How strongly the text matches: 2 when a keyword is in the title, 1 in the abstract, 0 not at all. */
export function matchStrength(text: TopicText, keys: readonly MatchKey[]): number {
  let strength = 0;
  for (const key of keys) {
    // Most keywords are in neither: one search instead of two for them.
    if (text.titleInAll && !text.all.includes(key)) continue;
    if (text.title.includes(key)) return 2;
    if (text.all.includes(key)) strength = 1;
  }
  return strength;
}

/** A keyword's stems, space-padded (` federat bandit `) so that only whole words match. */
export type MatchKey = string;

/** A topic with its keywords reduced to match keys, ready to test against many papers. */
export interface CompiledTopic {
  slug: string;
  /**
   * Padded once here rather than on every test: building ` ${key} ` per paper and keyword took
   * 25 ms of a 1,000-paper ingest. A keyword with no words matches nothing and has no key.
   */
  keys: MatchKey[];
}

export function compileTopics(
  topics: readonly { slug: string; keywords: readonly string[] }[],
  expansions: ReadonlyMap<string, string[]>,
): CompiledTopic[] {
  return topics.map((topic) => ({
    slug: topic.slug,
    keys: topic.keywords
      .map((keyword) => keywordKey(keyword, expansions))
      .filter(Boolean)
      .map((key) => ` ${key} `),
  }));
}

/**
 * Does a publication's text contain a topic keyword? Both sides are reduced to stems (acronyms
 * expanded), so "Federated Bandits" matches the keyword "federated bandit" and "RAG" matches
 * "retrieval-augmented generation".
 */
import { phraseRuns } from './words.ts';

export interface TopicText {
  /** Stems of the title, space-padded: ` federat bandit `. */
  title: string;
  /** Stems of title and abstract, runs separated by ` | ` so that phrases never cross punctuation. */
  all: string;
}

export function topicText(title: string, abstract: string, expansions: ReadonlyMap<string, string[]>): TopicText {
  const stems = (text: string) => ` ${phraseRuns(text, expansions).map((run) => run.map((token) => token.stem).join(' ')).join(' | ')} `;
  return { title: stems(title), all: stems(`${title}. ${abstract}`) };
}

export function keywordKey(keyword: string, expansions: ReadonlyMap<string, string[]>): string {
  return phraseRuns(keyword, expansions)
    .map((run) => run.map((token) => token.stem).join(' '))
    .join(' | ');
}

/** How strongly the text matches: 2 when a keyword is in the title, 1 in the abstract, 0 not at all. */
export function matchStrength(text: TopicText, keywordKeys: readonly string[]): number {
  let strength = 0;
  for (const key of keywordKeys) {
    if (!key) continue;
    if (text.title.includes(` ${key} `)) return 2;
    if (text.all.includes(` ${key} `)) strength = 1;
  }
  return strength;
}

/** A topic with its keywords reduced to match keys, ready to test against many papers. */
export interface CompiledTopic {
  slug: string;
  keys: string[];
}

export function compileTopics(
  topics: readonly { slug: string; keywords: readonly string[] }[],
  expansions: ReadonlyMap<string, string[]>,
): CompiledTopic[] {
  return topics.map((topic) => ({ slug: topic.slug, keys: topic.keywords.map((keyword) => keywordKey(keyword, expansions)) }));
}

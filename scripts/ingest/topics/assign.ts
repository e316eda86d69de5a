/** Tags each publication with up to three topics, best first: title matches before abstract matches. */
import { matchStrength, type CompiledTopic, type TopicText } from './match.ts';
import type { TopicSource } from './source.ts';

export const maximumTopicsPerPaper = 3;

export function assignTopics(text: TopicText, topics: readonly CompiledTopic[]): string[] {
  return topics
    .map((topic, order) => ({ slug: topic.slug, order, strength: matchStrength(text, topic.keys) }))
    .filter((match) => match.strength > 0)
    .sort((a, b) => b.strength - a.strength || a.order - b.order)
    .slice(0, maximumTopicsPerPaper)
    .map((match) => match.slug);
}

/**
 * `assignTopics` for every paper at once, the same result: each keyword is tested only on the papers
 * that hold its rarest word, found in an index of every paper's words. Testing every keyword on
 * every paper was most of the topic stage once derived topics carried several keywords each.
 */
export function assignAll(papers: readonly TopicSource[], topics: readonly CompiledTopic[]): string[][] {
  // The words of a paper's runs: all the words its matching text holds (reading a `$` title with its
  // abstract only ever drops words), so a paper missing from a word's list cannot match the word.
  const papersWith = new Map<string, number[]>();
  papers.forEach((source, paper) => {
    for (const runs of [source.titleRuns, source.abstractRuns])
      for (const run of runs)
        for (const { stem } of run) {
          const list = papersWith.get(stem);
          if (!list) papersWith.set(stem, [paper]);
          else if (list[list.length - 1] !== paper) list.push(paper);
        }
  });
  const texts = papers.map((source) => source.text);
  const matches: { slug: string; order: number; strength: number }[][] = texts.map(() => []);
  topics.forEach((topic, order) => {
    const strengths = new Map<number, number>();
    for (const key of topic.keys) {
      let rarest: readonly number[] | undefined;
      for (const word of key.split(' ')) {
        if (!word || word === '|') continue;
        const list = papersWith.get(word) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const paper of rarest ?? []) {
        if (strengths.get(paper) === 2) continue;
        const strength = matchStrength(texts[paper] as TopicText, [key]);
        if (strength > (strengths.get(paper) ?? 0)) strengths.set(paper, strength);
      }
    }
    for (const [paper, strength] of strengths) matches[paper]?.push({ slug: topic.slug, order, strength });
  });
  return matches.map((list) =>
    list
      .sort((a, b) => b.strength - a.strength || a.order - b.order)
      .slice(0, maximumTopicsPerPaper)
      .map((match) => match.slug),
  );
}

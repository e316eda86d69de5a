/** Tags each publication with up to three topics, best first: title matches before abstract matches. */
import { matchStrength, type CompiledTopic, type TopicText } from './match.ts';

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
export function assignAll(texts: readonly TopicText[], topics: readonly CompiledTopic[]): string[][] {
  const papersWith = new Map<string, number[]>();
  texts.forEach((text, paper) => {
    for (const word of new Set(text.all.split(' '))) {
      if (!word || word === '|') continue;
      const list = papersWith.get(word);
      if (list) list.push(paper);
      else papersWith.set(word, [paper]);
    }
  });
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

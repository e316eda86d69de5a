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

/**
 * Stage 3: topics. The owner's `content/topics.yaml` is the taxonomy when it exists, and is only
 * ever appended to (for papers none of its topics covers), so slugs stay stable. Without it, a
 * taxonomy is derived from the papers.
 */
import type { Topic } from '../../../src/schema/topics.ts';
import { definedAcronyms } from '../topics/acronyms.ts';
import { assignTopics } from '../topics/assign.ts';
import { deriveTopics, type TopicSource } from '../topics/derive.ts';
import { compileTopics, topicText } from '../topics/match.ts';

export interface TopicInput {
  title: string;
  abstract: string;
}

export function tagTopics(papers: readonly TopicInput[], taxonomy: readonly Topic[] | undefined) {
  const expansions = definedAcronyms(papers.flatMap((paper) => [paper.title, paper.abstract]));
  const sources = papers.map((paper) => ({ ...paper, text: topicText(paper.title, paper.abstract, expansions) }));
  const existing = taxonomy ?? [];
  const added = taxonomy ? deriveTopics(sources, expansions, existing, true) : deriveFromSample(sources, expansions);
  const topics = [...existing, ...added];
  const compiled = compileTopics(topics, expansions);
  return {
    topics,
    added,
    assignments: sources.map((source) => assignTopics(source.text, compiled)),
  };
}

/** Above this many papers, the taxonomy is derived from an even sample of them: it is statistics. */
const derivationSample = 2000;

/**
 * A taxonomy for many papers: derived from every k-th paper, then completed with topics for the
 * papers the sample's topics miss.
 */
function deriveFromSample(sources: readonly TopicSource[], expansions: ReadonlyMap<string, string[]>): Topic[] {
  if (sources.length <= derivationSample) return deriveTopics(sources, expansions);
  const step = sources.length / derivationSample;
  const sample = Array.from({ length: derivationSample }, (_, index) => sources[Math.floor(index * step)] as TopicSource);
  const fromSample = deriveTopics(sample, expansions);
  const compiled = compileTopics(fromSample, expansions);
  const uncovered = sources.filter((source) => assignTopics(source.text, compiled).length === 0);
  return [...fromSample, ...deriveTopics(uncovered, expansions, fromSample, true)];
}

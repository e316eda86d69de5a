/**
 * Stage 3: topics. The owner's `content/topics.yaml` is the taxonomy when it exists, and is only
 * ever appended to (for papers none of its topics covers), so slugs stay stable. Without it, a
 * taxonomy is derived from the papers.
 */
import type { Topic } from '../../../src/schema/topics.ts';
import { definedAcronyms } from '../topics/acronyms.ts';
import { assignTopics } from '../topics/assign.ts';
import { deriveTopics } from '../topics/derive.ts';
import { compileTopics, topicText } from '../topics/match.ts';

export interface TopicInput {
  title: string;
  abstract: string;
}

export function tagTopics(papers: readonly TopicInput[], taxonomy: readonly Topic[] | undefined) {
  const expansions = definedAcronyms(papers.flatMap((paper) => [paper.title, paper.abstract]));
  const sources = papers.map((paper) => ({ ...paper, text: topicText(paper.title, paper.abstract, expansions) }));
  const existing = taxonomy ?? [];
  const added = deriveTopics(sources, expansions, existing, taxonomy !== undefined);
  const topics = [...existing, ...added];
  const compiled = compileTopics(topics, expansions);
  return {
    topics,
    added,
    assignments: sources.map((source) => assignTopics(source.text, compiled)),
  };
}

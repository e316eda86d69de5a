/**
 * How many publications each topic has: the chips on the home page and the `/topics/` index.
 */
import { createTopicLabeler, type TopicLabelSource } from './topic-labels.ts';

export interface TopicSummary {
  slug: string;
  label: string;
  count: number;
}

/**
 * Every topic of the taxonomy plus any slug a publication uses that the taxonomy lacks, most
 * publications first, then alphabetically. Topics with no publication keep a count of 0 so the
 * caller decides whether to show them.
 */
export function countTopics(
  publications: readonly { topics: readonly string[] }[],
  taxonomy: readonly TopicLabelSource[],
): TopicSummary[] {
  const labelOf = createTopicLabeler(taxonomy);
  const counts = new Map<string, number>(taxonomy.map((topic) => [topic.slug, 0]));
  for (const publication of publications) {
    // A slug listed twice on one paper still counts that paper once.
    for (const slug of new Set(publication.topics)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([slug, count]) => ({ slug, label: labelOf(slug), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

/** The topics that have at least one publication. */
export function topicsInUse(summaries: readonly TopicSummary[]): TopicSummary[] {
  return summaries.filter((topic) => topic.count > 0);
}

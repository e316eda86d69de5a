/**
 * How well a taxonomy fits the papers it tags, in the terms a reader would judge it: how many topics
 * for how many papers (about √n to 2√n reads well), how many of them hold a single paper, how many
 * papers a topic covers at most, and which labels read wrong (`flagLabel`). Printed in the ingest
 * report and in `npm run bench`.
 */
import type { Topic } from '../../../src/schema/topics.ts';
import type { TopicQuality } from '../../../src/lib/topic-quality.ts';
import { flagLabel } from './flag-label.ts';

export type { TopicQuality };

export function topicRange(papers: number): [number, number] {
  if (papers === 0) return [0, 0];
  // A handful of papers may be one thread or several.
  if (papers < 6) return [1, Math.floor(2 * Math.sqrt(papers))];
  const low = Math.max(papers >= 6 ? 3 : 1, Math.ceil(Math.sqrt(papers)));
  return [Math.min(low, papers), Math.max(low, Math.floor(2 * Math.sqrt(papers)))];
}

/**
 * @param assignments each paper's topic slugs.
 * @param checked the slugs whose labels `flagLabel` reads (all by default). The ingest reads only
 *   those it derived: the owner's own labels are the owner's, and reading them would load the
 *   part-of-speech model on every run.
 */
export function topicQuality(
  topics: readonly Topic[],
  assignments: readonly (readonly string[])[],
  checked: ReadonlySet<string> = new Set(topics.map((topic) => topic.slug)),
): TopicQuality {
  const counts = new Map<string, number>();
  for (const slugs of assignments) for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const inUse = topics.filter((topic) => (counts.get(topic.slug) ?? 0) > 0);
  return {
    papers: assignments.length,
    topics: inUse.length,
    range: topicRange(assignments.length),
    singlePaperTopics: inUse.filter((topic) => counts.get(topic.slug) === 1).length,
    largestShare: assignments.length === 0 ? 0 : Math.max(0, ...counts.values()) / assignments.length,
    papersOutside: assignments.filter((slugs) => slugs.length === 0 || slugs.length > 3).length,
    flagged: inUse.flatMap((topic) => {
      const reasons = checked.has(topic.slug) ? flagLabel(topic.label) : [];
      return reasons.length > 0 ? [{ slug: topic.slug, label: topic.label, reasons }] : [];
    }),
  };
}

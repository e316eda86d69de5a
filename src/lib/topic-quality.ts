/**
 * The shape of the topic-quality summary in the ingest report, and its one-line description. The
 * ingest computes it (`scripts/ingest/topics/quality.ts`); the report prints it.
 */
export interface TopicQuality {
  papers: number;
  /** Topics that tag at least one paper. */
  topics: number;
  /** The range the topic count should fall in: [⌈√n⌉, ⌊2√n⌋], at least 3 from 6 papers on, from 1 below. */
  range: [number, number];
  singlePaperTopics: number;
  /** The largest share of papers under one topic. */
  largestShare: number;
  /** Papers with no topic, or more than three. */
  papersOutside: number;
  flagged: { slug: string; label: string; reasons: string[] }[];
}

/** One line a person can read: "18 topics for 120 papers (11–21), 2 with a single paper, largest 31%". */
export function describeQuality(quality: TopicQuality): string {
  const [low, high] = quality.range;
  const parts = [
    `${quality.topics} topic(s) for ${quality.papers} paper(s) (about ${low}–${high} read well)`,
    `${quality.singlePaperTopics} with a single paper`,
    `the largest covers ${Math.round(quality.largestShare * 100)}%`,
  ];
  if (quality.papersOutside > 0) parts.push(`${quality.papersOutside} paper(s) with no topic or more than three`);
  return parts.join(', ');
}

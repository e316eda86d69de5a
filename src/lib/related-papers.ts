/**
 * "Related papers" on a paper page: the others that share a topic with it, the most shared topics
 * first, then the newest (the input order).
 */

export function relatedPapers<T extends { slug: string; topics: readonly string[] }>(
  paper: T,
  all: readonly T[],
  limit = 5,
): T[] {
  const topics = new Set(paper.topics);
  if (topics.size === 0) return [];
  return all
    .map((candidate, position) => ({
      candidate,
      position,
      shared: new Set(candidate.topics.filter((topic) => topics.has(topic))).size,
    }))
    .filter(({ candidate, shared }) => shared > 0 && candidate.slug !== paper.slug)
    .sort((a, b) => b.shared - a.shared || a.position - b.position)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

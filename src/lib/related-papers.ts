/**
 * "Related papers" on a paper page: the others that share a topic with it, the most shared topics
 * first, then the newest (the input order).
 *
 * Every paper page asks, so the list is indexed by topic once per list (and remembered for that
 * list): a page then looks only at the papers of its own topics, not at every paper on the site,
 * which kept a 10,000-paper build from doing a hundred million comparisons.
 */

interface TopicIndex {
  /** Topic → positions in the list of the papers that have it, in list order. */
  positions: Map<string, number[]>;
  /** How many of the current paper's topics each position shares; reused between calls. */
  shared: Int32Array;
}

const indexes = new WeakMap<readonly unknown[], TopicIndex>();

function indexOf<T extends { topics: readonly string[] }>(all: readonly T[]): TopicIndex {
  let index = indexes.get(all);
  if (!index) {
    const positions = new Map<string, number[]>();
    all.forEach((paper, position) => {
      for (const topic of new Set(paper.topics)) {
        const list = positions.get(topic);
        if (list) list.push(position);
        else positions.set(topic, [position]);
      }
    });
    index = { positions, shared: new Int32Array(all.length) };
    indexes.set(all, index);
  }
  return index;
}

export function relatedPapers<T extends { slug: string; topics: readonly string[] }>(
  paper: T,
  all: readonly T[],
  limit = 5,
): T[] {
  const { positions, shared } = indexOf(all);
  const touched: number[] = [];
  for (const topic of new Set(paper.topics)) {
    for (const position of positions.get(topic) ?? []) {
      if (shared[position] === 0) touched.push(position);
      shared[position] = (shared[position] ?? 0) + 1;
    }
  }
  const ranked = touched
    .filter((position) => all[position]?.slug !== paper.slug)
    .sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b)
    .slice(0, limit)
    .map((position) => all[position] as T);
  for (const position of touched) shared[position] = 0;
  return ranked;
}

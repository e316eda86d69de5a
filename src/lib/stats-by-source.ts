/**
 * Figures the documents report about the owner (citations, h-index), grouped by the document that
 * reports them, so each group can say where its numbers come from.
 */
import type { Stat } from '../schema/site-data.ts';

export interface StatGroup {
  source: string;
  /** When the document took its figures, when it says (`YYYY-MM-DD`). */
  date?: string;
  stats: Stat[];
}

export function statsBySource(stats: readonly Stat[]): StatGroup[] {
  const groups = new Map<string, Stat[]>();
  for (const stat of stats) {
    const group = groups.get(stat.source);
    if (group) group.push(stat);
    else groups.set(stat.source, [stat]);
  }
  return [...groups.entries()].map(([source, grouped]) => {
    const date = grouped.find((stat) => stat.date)?.date;
    return { source, ...(date ? { date } : {}), stats: grouped };
  });
}

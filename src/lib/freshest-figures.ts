/**
 * The owner's figures (citations, h-index, i10-index) when several documents report them: each
 * figure comes from the document that took it last, so an old profile page never shows beside, or
 * instead of, this month's Scholar dump. Figures no other document reports are kept as they are.
 */
import type { Stat } from '../schema/site-data.ts';

/** "h-index", "H index" and "hindex" are one figure. */
const figureKey = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

export function freshestFigures(stats: readonly Stat[]): Stat[] {
  const freshest = new Map<string, Stat>();
  for (const stat of stats) {
    const key = figureKey(stat.label);
    const current = freshest.get(key);
    // Undated figures are the oldest; on the same date the first document (by name) keeps it.
    if (!current || (stat.date ?? '') > (current.date ?? '')) freshest.set(key, stat);
  }
  return stats.filter((stat) => freshest.get(figureKey(stat.label)) === stat);
}

/**
 * Figures the documents report about the owner (citations, h-index), as the home page shows them:
 * only those the owner would publish, grouped by the document that reports them, each group
 * described for a visitor ("As of 2026, from a profile page"), never by a file name.
 */
import type { Stat } from '../schema/site-data.ts';

export interface StatGroup {
  source: string;
  /** "As of 2026, from a profile page." */
  description: string;
  stats: Stat[];
}

/**
 * Standard bibliometrics, by normalised label. An aggregator's own scores ("Novelty", "AI Score")
 * describe the aggregator's view, not the researcher, and are shown only when the owner asks.
 */
const standardStats = new Set(['papers', 'publications', 'citations', 'hindex', 'i10index', 'i10']);

const normalise = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The stats to show: those `chosen` in profile.yaml (`stats:`), or the standard ones when unset. */
export function publishedStats(stats: readonly Stat[], chosen: readonly string[] | undefined): Stat[] {
  const wanted = new Set((chosen ?? [...standardStats]).map(normalise));
  return stats.filter((stat) => wanted.has(normalise(stat.label)));
}

export function statsBySource(stats: readonly Stat[]): StatGroup[] {
  const groups = new Map<string, Stat[]>();
  for (const stat of stats) {
    const group = groups.get(stat.source);
    if (group) group.push(stat);
    else groups.set(stat.source, [stat]);
  }
  return [...groups.entries()].map(([source, grouped]) => ({
    source,
    description: describeSource(grouped[0]!),
    stats: grouped,
  }));
}

/** "As of 2026, from a profile page.", "From a profile page.", or "As reported by a source document." */
export function describeSource(stat: Pick<Stat, 'origin' | 'year'>): string {
  const origin = stat.origin ?? 'a source document';
  return stat.year ? `As of ${stat.year}, from ${origin}.` : `From ${origin}.`;
}

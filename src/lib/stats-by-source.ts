/**
 * Figures the documents report about the owner (citations, h-index), as the home page shows them:
 * only those the owner would publish, grouped by the document that reports them, each group
 * described for a visitor ("As of 2026, from a profile page"), never by a file name.
 */
import type { Stat } from '../schema/site-data.ts';
import { formatDate } from './format-date.ts';

export interface StatGroup {
  source: string;
  /** "As of 2026, from a profile page." */
  description: string;
  /** When the document took its figures, when it says (`YYYY-MM-DD`). */
  date?: string;
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
  return [...groups.entries()].map(([source, grouped]) => {
    const date = grouped.find((stat) => stat.date)?.date;
    return { source, description: describeSource({ ...grouped[0]!, ...(date ? { date } : {}) }), ...(date ? { date } : {}), stats: grouped };
  });
}

/**
 * "As of 1 March 2026, from a Google Scholar profile.", "As of 2026, from a profile page.", "From a
 * profile page.", or "From a source document.": when and where, never a file name.
 */
export function describeSource(stat: Pick<Stat, 'origin' | 'year' | 'date'>): string {
  const origin = stat.origin ?? 'a source document';
  const when = stat.date ? formatDate(stat.date) : stat.year;
  return when ? `As of ${when}, from ${origin}.` : `From ${origin}.`;
}

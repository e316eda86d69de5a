import { describe, expect, it } from 'vitest';
import { describeSource, publishedStats, statsBySource } from '../../../src/lib/stats-by-source.ts';
import type { Stat } from '../../../src/schema/site-data.ts';

const fromProfilePage = { source: '007_3f9a.txt', origin: 'a profile page', year: 2026 };
const stats: Stat[] = [
  { label: 'h-index', value: '14', ...fromProfilePage },
  { label: 'papers', value: '31', ...fromProfilePage },
  { label: 'citations', value: '2,310', ...fromProfilePage },
  { label: 'i10-index', value: '19', ...fromProfilePage },
  { label: 'Novelty', value: '57%', ...fromProfilePage },
  { label: 'AI Score', value: '64', ...fromProfilePage },
];
const labels = (shown: Stat[]) => shown.map((stat) => stat.label);

describe('figures the home page shows', () => {
  it('are the standard bibliometrics when profile.yaml lists none, never an aggregator’s own scores', () => {
    expect(labels(publishedStats(stats, undefined))).toEqual(['h-index', 'papers', 'citations', 'i10-index']);
  });

  it('are exactly those profile.yaml lists, however their labels are spelt', () => {
    expect(labels(publishedStats(stats, ['Citations', 'h index']))).toEqual(['h-index', 'citations']);
    expect(labels(publishedStats(stats, ['novelty']))).toEqual(['Novelty']);
  });

  it('are none with `stats: []`', () => {
    expect(publishedStats(stats, [])).toEqual([]);
  });

  it('say where they come from in words a visitor reads, never the file name', () => {
    const [group] = statsBySource(publishedStats(stats, undefined));
    expect(group?.description).toBe('As of 2026, from a profile page.');
    expect(group?.description).not.toContain('.txt');
    expect(describeSource({ origin: 'a profile page' })).toBe('From a profile page.');
    expect(describeSource({})).toBe('From a source document.');
  });
});

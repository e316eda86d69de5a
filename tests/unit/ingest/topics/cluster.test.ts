/** Grouping papers before naming them: papers of one thread end up together, the same way every time. */
import { describe, expect, it } from 'vitest';
import { clusterPapers, foldSingletons, paperVectors } from '../../../../scripts/ingest/topics/cluster.ts';
import { topicSource } from '../../../../scripts/ingest/topics/source.ts';

const threads = {
  pollination: [
    ['Pollinator Networks in Alpine Meadows', 'We sample pollinator networks of bees and flowering plants in alpine meadows.'],
    ['Bumblebee Decline and Pollinator Networks', 'Bumblebee decline reshapes pollinator networks and flowering plants.'],
    ['Nestedness of Pollinator Networks', 'Nested pollinator networks protect flowering plants from bee loss.'],
  ],
  wages: [
    ['Minimum Wages and Restaurant Employment', 'Minimum wage increases barely change restaurant employment and hours.'],
    ['Minimum Wage Spillovers', 'Minimum wage increases raise wages of workers above the minimum in restaurant jobs.'],
    ['Teen Employment after Minimum Wage Increases', 'Teen employment and hours after minimum wage increases.'],
  ],
  graphene: [
    ['Superconductivity in Twisted Bilayer Graphene', 'Twisted bilayer graphene shows superconductivity near flat bands.'],
    ['Flat Bands of Twisted Bilayer Graphene', 'Flat bands in twisted bilayer graphene host correlated states.'],
    ['Correlated States in Moiré Graphene', 'Correlated states of flat bands in moiré graphene superlattices.'],
  ],
};

const papers = Object.values(threads).flat();
const sources = papers.map(([title, abstract]) => topicSource(title ?? '', abstract ?? '', new Map()));

describe('clusterPapers', () => {
  it('puts the papers of each thread in one group and the threads in different groups', () => {
    const groups = clusterPapers(paperVectors(sources), 3);
    expect(groups.slice(0, 3).every((group) => group === groups[0])).toBe(true);
    expect(groups.slice(3, 6).every((group) => group === groups[3])).toBe(true);
    expect(groups.slice(6, 9).every((group) => group === groups[6])).toBe(true);
    expect(new Set([groups[0], groups[3], groups[6]]).size).toBe(3);
  });

  it('gives the same groups every time', () => {
    const vectors = paperVectors(sources);
    expect(clusterPapers(vectors, 4)).toEqual(clusterPapers(vectors, 4));
  });

  it('gives every paper a group below the count asked for, even with more groups than threads', () => {
    const groups = clusterPapers(paperVectors(sources), 6);
    expect(groups).toHaveLength(papers.length);
    for (const group of groups) expect(group).toBeGreaterThanOrEqual(0);
    for (const group of groups) expect(group).toBeLessThan(6);
  });
});

describe('foldSingletons', () => {
  it('folds a group of one paper into the group most like it, beyond the number allowed', () => {
    const vectors = paperVectors(sources);
    // The last graphene paper alone in a group of its own.
    const alone = [0, 0, 0, 1, 1, 1, 2, 2, 3];
    expect(foldSingletons(vectors, [...alone], 1)).toEqual(alone);
    expect(foldSingletons(vectors, [...alone], 0)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });
});

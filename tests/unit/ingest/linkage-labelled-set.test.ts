/** The labelled pairs of tests/fixtures/linkage/: varied and hard enough, and linked as labelled. */
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, measureLinkage } from '../../../scripts/bench/linkage.ts';

describe('the labelled record pairs', () => {
  const sets = loadLabelledSet();

  it('label every record of at least three researchers, in more than 300 pairs, over a third of them hard negatives', () => {
    expect(sets.length).toBeGreaterThanOrEqual(3);
    const counts = measureLinkage(sets);
    expect(counts.pairs).toBeGreaterThan(300);
    expect(counts.hardNegatives).toBeGreaterThan(counts.pairs / 3);
    expect(counts.positives).toBeGreaterThan(50);
  });

  it('are linked with pair precision of at least 0.995 and recall of at least 0.98', () => {
    const counts = measureLinkage(sets);
    expect(counts.mistakes).toEqual([]);
    expect(counts.precision).toBeGreaterThanOrEqual(0.995);
    expect(counts.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('name a work for every record, and no record the documents do not hold', () => {
    for (const set of sets) {
      expect(set.works).toHaveLength(set.records.length);
      expect(new Set(set.works).size, set.folder).toBeGreaterThanOrEqual(7);
    }
  });
});

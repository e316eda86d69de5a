/**
 * The topic stage on each invented researcher of `tests/fixtures/topics/`: a taxonomy that reads as
 * if the researcher had written it (see the folder's README).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureResearchers } from '../../../../scripts/bench/topic-quality.ts';
import { tagTopics } from '../../../../scripts/ingest/stages/tag-topics.ts';
import { topicQuality } from '../../../../scripts/ingest/topics/quality.ts';
import { repositoryRoot } from '../helpers.ts';

const researchers = [...fixtureResearchers(join(repositoryRoot, 'tests/fixtures/topics'))];

describe.each(researchers)('topics of the %s', (_, papers) => {
  const result = tagTopics(papers, undefined);
  const quality = topicQuality(result.topics, result.assignments);

  it('are as many as read well for the number of papers', () => {
    expect(quality.topics).toBeGreaterThanOrEqual(quality.range[0]);
    expect(quality.topics).toBeLessThanOrEqual(quality.range[1]);
  });

  it('hold a single paper in at most a quarter of the topics', () => {
    expect(quality.singlePaperTopics).toBeLessThanOrEqual(quality.topics / 4);
  });

  it('have labels the label check finds nothing wrong with', () => {
    expect(quality.flagged).toEqual([]);
  });

  it('give every paper one to three topics, and no topic more than half of the papers', () => {
    for (const slugs of result.assignments) {
      expect(slugs.length).toBeGreaterThanOrEqual(1);
      expect(slugs.length).toBeLessThanOrEqual(3);
    }
    expect(quality.largestShare).toBeLessThanOrEqual(0.5);
  });
});

import { describe, expect, it } from 'vitest';
import { countTopics, topicsInUse } from '../../../src/lib/topic-counts.ts';
import { createTopicLabeler } from '../../../src/lib/topic-labels.ts';

const taxonomy = [
  { slug: 'bandits', label: 'Bandits' },
  { slug: 'agents', label: 'LLM Agents' },
  { slug: 'unused', label: 'Unused' },
];

describe('countTopics', () => {
  it('counts each paper once per topic, most papers first, then by label', () => {
    const counts = countTopics(
      [
        { topics: ['agents', 'bandits'] },
        { topics: ['agents', 'agents'] },
        { topics: ['bandits'] },
        { topics: ['zeta'] },
      ],
      taxonomy,
    );
    expect(counts).toEqual([
      { slug: 'bandits', label: 'Bandits', count: 2 },
      { slug: 'agents', label: 'LLM Agents', count: 2 },
      { slug: 'zeta', label: 'zeta', count: 1 },
      { slug: 'unused', label: 'Unused', count: 0 },
    ]);
  });

  it('keeps only topics with papers for the chips', () => {
    expect(topicsInUse(countTopics([{ topics: ['agents'] }], taxonomy)).map((topic) => topic.slug)).toEqual(['agents']);
  });
});

describe('createTopicLabeler', () => {
  it('falls back to the slug when the taxonomy has no label', () => {
    const labelOf = createTopicLabeler(taxonomy);
    expect(labelOf('agents')).toBe('LLM Agents');
    expect(labelOf('missing-topic')).toBe('missing-topic');
  });
});

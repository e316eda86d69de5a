/** Parsing trending / daily-papers pages: other people's papers, each a title, an abstract and a date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trendingPage } from '../../../../scripts/ingest/formats/trending-page.ts';
import { decodedFixture, exampleSources } from '../helpers.ts';

describe('trending page parsing', () => {
  it('reads title, abstract, code link and date of each paper, marking author counts as truncated lists', () => {
    const fixture = 'daily papers with author counts and organisations.txt';
    const parsed = trendingPage.parse(decodedFixture(`trending-page/${fixture}`));
    expect(parsed.subject.kind).toBe('others');
    expect(parsed.records).toEqual([
      {
        source: fixture,
        line: 11,
        authority: 'trending',
        title: 'Reward-Augmented Preference Data for Language Model Alignment',
        abstract: expect.stringMatching(
          /^Preference alignment has improved .* reward-augmented dataset\. Code is available at https:\/\/github\.com\/example\/reward-augmented\.$/,
        ),
        links: { code: 'https://github.com/example/reward-augmented' },
        authorsTruncated: true, // "• 9 authors"
        date: { value: '2024-10-10', kind: 'aggregator' },
      },
      {
        source: fixture,
        line: 19,
        authority: 'trending',
        title: 'Benchmarking Agents with Versatile Interactive Tasks',
        abstract: expect.stringMatching(/^As agents built on language models .* delivery, travel and shopping\.$/),
        // "Sep 30 2": the day, then the upvote count; no year, and the page last printed 2024.
        date: { value: '2025-09-30', kind: 'aggregator' },
      },
      {
        source: fixture,
        line: 27,
        authority: 'trending',
        title: 'Recovery without Checkpoints for Decentralised Training',
        abstract: expect.stringMatching(/^Training on decentralised .* as fast as full restarts\.$/),
        authorsTruncated: true,
        date: { value: '2025-06-18', kind: 'aggregator' },
      },
    ]);
  });

  it('reads every paper of the example page, none of them with an author list', () => {
    const name = '003_a18a4032dfc3a88c.txt';
    const text = readFileSync(join(exampleSources, name), 'utf8');
    const { records, subject } = trendingPage.parse({ name, text });
    expect(subject.kind).toBe('others');
    expect(records).toHaveLength(34);
    expect(records.every((entry) => entry.title && entry.abstract && !entry.authors)).toBe(true);
    expect(records[0]).toMatchObject({
      line: 13,
      title: 'Reward-Augmented Data Enhances Direct Preference Alignment of LLMs',
      date: { value: '2024-10-10' },
    });
  });
});

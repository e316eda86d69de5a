/**
 * Parsing profile-aggregator pages: the person, their stats, and per paper a category+date heading,
 * a title, an author line and the abstract. Year-less dates take the page's capture year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profilePage } from '../../../../scripts/ingest/formats/profile-page.ts';
import { decodedFixture, exampleSources } from '../helpers.ts';

const aggregator = (value: string) => ({ value, kind: 'aggregator' as const });

describe('profile page parsing', () => {
  it('reads the person, the stats and every paper with category, date, authors and truncation', () => {
    const fixture = 'a profile with stats, year-less dates and an affiliation.txt';
    const parsed = profilePage.parse(decodedFixture(`profile-page/${fixture}`));
    expect(parsed.subject).toEqual({ kind: 'person', name: 'Jane Q. Doe' });
    expect(parsed.stats).toEqual([
      // Captured in 2026: the page prints 2025 dates with their year and this year's without.
      { label: 'h-index', value: '12', year: 2026 },
      { label: 'papers', value: '3', year: 2026 },
      { label: 'citations', value: '412', year: 2026 },
      { label: 'Novelty', value: '61%', year: 2026 },
    ]);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.records).toEqual([
      {
        source: fixture,
        line: 11,
        authority: 'aggregator',
        title: 'Minimal Training Extrapolates Reasoning Models',
        authors: ['Jane Q. Doe', 'Ana Lima', 'Wei Chen'],
        authorsTruncated: true,
        abstract:
          'Reinforcement learning with verifiable rewards moves the weights along a nearly straight line. We extrapolate the line and save most of the training compute.\n\nOur code is available at https://github.com/example/extrapolate.',
        // "May 20" has no year; the page prints 2025 and 2024, so it was captured in 2026.
        date: aggregator('2026-05-20'),
        category: 'LG',
        links: { code: 'https://github.com/example/extrapolate' },
      },
      {
        source: fixture,
        line: 20,
        authority: 'aggregator',
        title: 'Winnowing Divergent Views in Retrieval',
        // "Ana Lima, Jane Q. Doe and Wei Chen · example university": the affiliation is not an author.
        authors: ['Ana Lima', 'Jane Q. Doe', 'Wei Chen'],
        authorsTruncated: false,
        abstract:
          'Retrieval can return passages that disagree. We cluster the passages and let a critic discard the clusters that do not support the answer.',
        date: aggregator('2025-11-01'),
        category: 'CL',
      },
      {
        source: fixture,
        line: 27,
        authority: 'aggregator',
        title: 'Personal Agents with Memory',
        authors: ['Wei Chen', 'Jane Q. Doe'],
        authorsTruncated: false,
        abstract:
          'Agents forget what their users like. We give them an episodic memory and a persona prompt that is updated from feedback.',
        date: aggregator('2024-06-04'),
        category: 'AI',
      },
    ]);
  });

  it('leaves out dates it cannot place in a year, with a warning naming the file and line', () => {
    const fixture = 'a profile that prints no year at all.txt';
    const parsed = profilePage.parse(decodedFixture(`profile-page/${fixture}`));
    expect(parsed.subject).toEqual({ kind: 'person', name: 'John Roe' });
    expect(parsed.records.map((entry) => [entry.line, entry.title, entry.date])).toEqual([
      [5, 'Tone-Aware Speech Encoders', undefined],
      [12, 'Calibrated Acoustic Models', undefined],
    ]);
    expect(parsed.diagnostics).toEqual([
      { level: 'warning', file: fixture, line: 5, message: expect.stringContaining('"CVMar 3" has no year') },
      { level: 'warning', file: fixture, line: 12, message: expect.stringContaining('"CVFeb 14" has no year') },
    ]);
  });
});

describe('the example profile page', () => {
  const name = '004_26ce11d630862fb8.txt';
  const text = readFileSync(join(exampleSources, name), 'utf8');
  const parsed = profilePage.parse({ name, text });
  const byTitle = new Map(parsed.records.map((entry) => [entry.title, entry]));

  it('is Zhepei Wei’s, with the 18 papers it announces', () => {
    expect(parsed.subject).toEqual({ kind: 'person', name: 'Zhepei Wei' });
    expect(text).toMatch(/^18 Papers$/m);
    expect(parsed.records).toHaveLength(18);
    expect(parsed.stats).toContainEqual({ label: 'citations', value: '1,749', year: 2026 });
    expect(parsed.stats).toContainEqual({ label: 'h-index', value: '38', year: 2026 });
  });

  it('dates year-less headings in the capture year, one after the latest year the page prints', () => {
    const printed = [...text.matchAll(/^[A-Z]{2}[A-Z][a-z]{2} \d{1,2}, (\d{4})/gm)].map((match) => Number(match[1]));
    expect(Math.max(...printed)).toBe(2025);
    expect(byTitle.get('PersonaAgent: Bridging Memory and Action for Personalized LLM Agents')?.date).toEqual(
      aggregator('2026-05-27'),
    ); // "AIMay 27"
    expect(
      byTitle.get('You Only Need Minimal RLVR Training: Extrapolating LLMs via Rank-1 Trajectories')?.date,
    ).toEqual(aggregator('2026-05-20'));
    expect(byTitle.get('G-Zero: Self-Play for Open-Ended Generation from Zero Data')?.date).toEqual(
      aggregator('2026-05-11'),
    );
    expect(byTitle.get('Incentivized Communication for Federated Bandits')?.date).toEqual(aggregator('2023-09-21')); // "LGSep 21, 2023"
  });

  it('reads truncated author lists, drops the affiliation and keeps complete lists complete', () => {
    expect(byTitle.get('Beyond Outcome Reward: Decoupling Search and Answering Improves LLM Agents')).toMatchObject({
      authors: ['Yiding Wang', 'Zhepei Wei', 'Xinyu Zhu'],
      authorsTruncated: true,
    });
    expect(
      byTitle.get('InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales'),
    ).toMatchObject({
      authors: ['Zhepei Wei', 'Wei-Lin Chen', 'Yu Meng'],
      authorsTruncated: false,
    });
  });

  it('prefers a repository over a documentation site as the code link', () => {
    expect(
      byTitle.get('Handling Inter-class and Intra-class Imbalance in Class-imbalanced Learning')?.links?.code,
    ).toBe('https://github.com/AnonAuthorAI/duplebalance');
  });
});

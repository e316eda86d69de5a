/**
 * Parsing glued abstract streams: each abstract ends at its `arXiv:ID`, and the next abstract starts
 * right after the id on the same line. No titles, no dates. Expected records come from the fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gluedAbstractStream } from '../../../../scripts/ingest/formats/glued-abstract-stream.ts';
import type { SourceRecord } from '../../../../scripts/ingest/model.ts';
import { arxivIdsIn, decodedFixture, exampleSources } from '../helpers.ts';

const parse = (name: string) => gluedAbstractStream.parse(decodedFixture(`glued-abstract-stream/${name}`));

const table: [fixture: string, records: Omit<SourceRecord, 'source' | 'authority'>[]][] = [
  [
    'three abstracts glued to their ids.txt',
    [
      {
        line: 1,
        arxiv: '2510.06652',
        abstract:
          'Aligning language models usually needs human preference data. We let the model write its own prompts, answers and preferences, and the code for reproducing our results is available at: https://github.com/example/self-align.',
        links: { code: 'https://github.com/example/self-align' },
      },
      {
        line: 2,
        arxiv: '2510.04695',
        abstract:
          'Search agents trained with outcome rewards learn to answer but not to search. We reward search quality separately and improve accuracy on seven question-answering benchmarks.',
      },
      {
        line: 3,
        arxiv: '2509.25760',
        abstract:
          'Truthfulness is more than accuracy: a model should also abstain when unsure. We train with a ternary reward that separates correct, abstained and hallucinated answers.',
        venue: 'ICML 2025',
      },
    ],
  ],
  [
    'a comment line and a versioned id at the end.txt',
    [
      {
        line: 1,
        arxiv: '2506.03700',
        abstract:
          'Decoding long outputs is slow because every token passes through every layer. We predict tokens from intermediate layers in parallel and verify them afterwards, which speeds up decoding by a factor of 1.7.',
        venue: 'NeurIPS 2025',
        links: { code: 'https://github.com/example/adaptive-decoding' },
      },
      {
        line: 3,
        arxiv: '2506.01347',
        abstract:
          "Negative samples alone suffice to train reasoning models with verifiable rewards. Penalising wrong answers keeps the model's entropy high and improves pass@k across the board.",
      },
    ],
  ],
];

describe('glued abstract stream parsing', () => {
  it.each(table)('parses “%s” into one record per id', (fixture, expected) => {
    const parsed = parse(fixture);
    expect(parsed.subject).toEqual({ kind: 'unspecified' });
    expect(parsed.records).toEqual(expected.map((fields) => ({ source: fixture, authority: 'listing', ...fields })));
    expect(parsed.diagnostics).toEqual([]);
  });

  it('keeps an id cited mid-sentence in its abstract, and reports the text after the last id', () => {
    const fixture = 'a citation inside an abstract and text after the last id.txt';
    const parsed = parse(fixture);
    expect(parsed.records).toEqual([
      {
        source: fixture,
        line: 1,
        authority: 'listing',
        arxiv: '2402.04485',
        abstract:
          'Incentive mechanisms make federated bandit clients communicate, building on arXiv:2301.00001 and its regret analysis.',
      },
      {
        source: fixture,
        line: 2,
        authority: 'listing',
        arxiv: '2309.11702',
        abstract:
          'Truthful reporting of costs can be made the dominant strategy for every client while regret stays sub-linear.',
      },
    ]);
    expect(parsed.diagnostics).toEqual([
      {
        level: 'warning',
        file: fixture,
        line: 3,
        message: expect.stringContaining('text after its last arXiv id that belongs to no paper'),
      },
    ]);
  });

  it('never lets an id leak into the next abstract', () => {
    for (const [fixture] of table)
      for (const record of parse(fixture).records) expect(record.abstract).not.toMatch(/arXiv:|^v\d/);
  });
});

describe('the example glued stream', () => {
  const name = '001_9e2bdce1dcc1298b.txt';
  const text = readFileSync(join(exampleSources, name), 'utf8');
  const { records } = gluedAbstractStream.parse({ name, text });
  const byId = new Map(records.map((entry) => [entry.arxiv, entry]));

  it('finds one record per id, in order, each abstract starting where the previous id ended', () => {
    expect(records.map((entry) => entry.arxiv)).toEqual(arxivIdsIn(text));
    expect(records).toHaveLength(10);
    for (const match of text.matchAll(/arXiv:(\d{4}\.\d{5})(\S{20})/g)) {
      const next = records[records.findIndex((entry) => entry.arxiv === match[1]) + 1];
      expect(next?.abstract?.startsWith(match[2] ?? '—')).toBe(true);
    }
  });

  it('takes the comment lines as venues and code links, not as abstract text', () => {
    expect(byId.get('2506.03700')).toMatchObject({
      venue: 'ICML 2025',
      links: { code: 'https://github.com/weizhepei/AdaDecode' },
    });
    expect(byId.get('2402.04485')?.venue).toBe('ICLR 2024');
    expect(byId.get('2406.13629')?.links?.code).toBe('https://github.com/weizhepei/InstructRAG');
    expect(byId.get('2510.06652')?.links?.code).toBe('https://github.com/SJY8460/SAO');
    for (const entry of records) expect(entry.abstract).not.toMatch(/\n\n(Preprint|Code:|\d+ pages|ICML)/);
  });

  it('has nothing left over after its last id', () => {
    expect(gluedAbstractStream.parse({ name, text }).diagnostics).toEqual([]);
  });

  it('gives no record a date: the stream prints none', () => {
    expect(records.filter((entry) => entry.date)).toEqual([]);
  });
});

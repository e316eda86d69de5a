/**
 * Parsing arXiv listings: per paper an abstract, an optional comment line, `arXiv:ID` and
 * `Created: YYYY-MM-DD`. Expected records are written from reading the fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arxivListing } from '../../../../scripts/ingest/formats/arxiv-listing.ts';
import type { SourceRecord } from '../../../../scripts/ingest/model.ts';
import { arxivIdsIn, decodedFixture, exampleSources } from '../helpers.ts';

const parse = (name: string) => arxivListing.parse(decodedFixture(`arxiv-listing/${name}`));
const created = (value: string) => ({ value, kind: 'created' as const });

const table: [fixture: string, records: Omit<SourceRecord, 'source' | 'authority'>[]][] = [
  [
    'two papers with a venue comment and a code link.txt',
    [
      {
        line: 1,
        arxiv: '2506.03700',
        date: created('2025-06-04'),
        abstract:
          'We present a method for $k$-sparse recovery that runs in $O(n \\log n)$ time. Experiments on synthetic signals confirm the bound and show a tenfold speed-up over iterative thresholding.',
        venue: 'ICML 2025',
        links: { code: 'https://github.com/example/sparse-recovery' },
      },
      {
        line: 8,
        arxiv: '2406.13629',
        date: created('2024-06-19'),
        abstract:
          'Graph transformers scale poorly with the number of nodes. We propose a linear attention variant and show that it matches full attention on three node classification benchmarks.',
      },
    ],
  ],
  [
    'comment lines with page counts and an accepted-at clause.txt',
    [
      {
        line: 1,
        arxiv: '2405.14734',
        date: created('2024-05-23'),
        abstract:
          'Federated bandits assume that clients share their data for free. We design an incentive mechanism that pays clients to communicate and prove that it keeps regret sub-linear.',
        venue: 'ICLR 2024',
      },
      {
        line: 8,
        arxiv: '2309.11702',
        date: created('2023-09-20'),
        abstract:
          'Language models are often asked to grade their own answers. We measure how often they prefer themselves and find that much of the preference is explained by answer quality.',
      },
      {
        line: 15,
        arxiv: '2504.03846',
        date: created('2025-04-04'),
        abstract:
          'Web agents trained with reinforcement learning rarely plan more than one step ahead. We train them end to end over multi-turn episodes and double their success rate.',
      },
    ],
  ],
  [
    'a comments prefix before an accepted-at clause.txt',
    [
      {
        line: 1,
        arxiv: '2406.00001',
        date: created('2024-06-01'),
        abstract:
          'Speech recognisers are often overconfident. We show that calibration improves with scale once models are trained to convergence.',
        venue: 'Interspeech 2024',
      },
    ],
  ],
  [
    'a code link inside braces.txt',
    [
      {
        line: 1,
        arxiv: '2111.12820',
        date: created('2021-11-24'),
        abstract:
          'Class-imbalanced learning suffers from both inter-class and intra-class imbalance. We propose a duple-balanced ensemble that handles both at once. Code is available at {https://github.com/example/braced-toolbox}.',
        links: { code: 'https://github.com/example/braced-toolbox' },
      },
    ],
  ],
  [
    'abstracts prefixed with Abstract are still a listing.txt',
    [
      {
        line: 1,
        arxiv: '2406.13629',
        date: created('2024-06-19'),
        abstract:
          'Retrieval-augmented generation can be misled by noisy passages. We teach the generator to explain which passages it trusts.',
      },
    ],
  ],
  [
    'extra blank lines and stray spaces.txt',
    [
      {
        line: 4,
        arxiv: '2211.03616',
        date: created('2022-11-07'),
        abstract: 'We revisit semantic textual similarity with discrete latent variables.',
      },
      {
        line: 17,
        arxiv: '2211.03617',
        date: created('2022-11-08'),
        abstract: 'A second abstract after many blank lines.',
      },
    ],
  ],
  [
    'windows line endings and a byte order mark.txt',
    [
      {
        line: 1,
        arxiv: '2402.01234',
        date: created('2024-02-02'),
        abstract: 'A paper saved on Windows, with a byte order mark and CRLF line endings.',
        venue: 'ACL 2024',
      },
      { line: 8, arxiv: '2402.01299', date: created('2024-02-02'), abstract: 'A second paper on the same day.' },
    ],
  ],
  [
    'an abstract hard-wrapped over several lines.txt',
    [
      {
        line: 1,
        arxiv: '2401.00001',
        date: created('2024-01-02'),
        // The short last line with a year is the abstract's tail, not a comment: it ends no sentence.
        abstract: 'We study wrapped abstracts that continue over several lines and end with a mention of the 2019 shared task.',
        venue: 'AAAI 2024',
      },
    ],
  ],
];

describe('arXiv listing parsing', () => {
  it.each(table)('parses “%s” into the papers it lists', (fixture, expected) => {
    const parsed = parse(fixture);
    expect(parsed.subject).toEqual({ kind: 'unspecified' });
    expect(parsed.records).toEqual(expected.map((fields) => ({ source: fixture, authority: 'listing', ...fields })));
    expect(parsed.diagnostics).toEqual([]);
  });

  it('stores ids without their version suffix', () => {
    const { text } = decodedFixture('arxiv-listing/comment lines with page counts and an accepted-at clause.txt');
    expect(text).toContain('arXiv:2405.14734v3');
    expect(parse('comment lines with page counts and an accepted-at clause.txt').records[0]?.arxiv).toBe('2405.14734');
  });

  it('keeps neither the comment line nor its page count in the abstract', () => {
    for (const [fixture] of table) {
      for (const record of parse(fixture).records) {
        expect(record.abstract).not.toMatch(/\bpages?\b|\bfigures?\b|Comments?:|Accepted (at|to)|^Abstract:/);
      }
    }
  });
});

describe('the example arXiv listing', () => {
  const name = '000_2254eadc51b93e53.txt';
  const text = readFileSync(join(exampleSources, name), 'utf8');
  const { records } = arxivListing.parse({ name, text });
  const byId = new Map(records.map((entry) => [entry.arxiv, entry]));

  it('finds one record per arXiv id, in document order, each with its Created date', () => {
    expect(records.map((entry) => entry.arxiv)).toEqual(arxivIdsIn(text));
    expect(records).toHaveLength(10);
    // `Created:` follows each id on the next line.
    for (const match of text.matchAll(/arXiv:(\S+)\nCreated: (\S+)/g)) {
      expect(byId.get(match[1])?.date).toEqual(created(match[2] ?? ''));
    }
  });

  it('reads venues from comments, and none from page counts or "Preprint"', () => {
    expect(byId.get('2506.03700')?.venue).toBe('ICML 2025'); // "ICML 2025. Code: …"
    expect(byId.get('2402.04485')?.venue).toBe('ICLR 2024'); // "20 pages, 2 figures. Accepted at ICLR 2024"
    for (const id of ['2505.16421', '2504.03846', '2309.11702', '2211.03616', '2111.12776'])
      expect(byId.get(id)?.venue, id).toBeUndefined();
    expect(records.filter((entry) => entry.venue)).toHaveLength(2);
  });

  it('reads code links from comments and from abstracts that offer code', () => {
    expect(byId.get('2506.03700')?.links?.code).toBe('https://github.com/weizhepei/AdaDecode');
    expect(byId.get('2406.13629')?.links?.code).toBe('https://github.com/weizhepei/InstructRAG');
    expect(byId.get('2506.01347')?.links?.code).toBe('https://github.com/TianHongZXY/RLVR-Decomposed');
    expect(byId.get('2111.12776')?.links?.code).toBe('https://github.com/ZhiningLiu1998/imbalanced-ensemble');
  });

  it('gives each record the line its abstract starts on', () => {
    const lines = text.split('\n');
    for (const entry of records) {
      expect(entry.abstract?.startsWith(lines[entry.line - 1]?.slice(0, 60) ?? '—'), `line ${entry.line}`).toBe(true);
    }
  });
});

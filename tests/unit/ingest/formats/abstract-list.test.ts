/** Parsing `Abstract:` lists: abstracts only, no ids, no titles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abstractList } from '../../../../scripts/ingest/formats/abstract-list.ts';
import { decodedFixture, exampleSources } from '../helpers.ts';

describe('Abstract: list parsing', () => {
  const fixture = 'three abstracts, one with a code link and one with math.txt';

  it('parses each Abstract: entry into a record with its line, joining wrapped lines and keeping $…$ math', () => {
    const parsed = abstractList.parse(decodedFixture(`abstract-list/${fixture}`));
    expect(parsed.subject).toEqual({ kind: 'unspecified' });
    expect(parsed.records).toEqual([
      {
        source: fixture,
        line: 1,
        authority: 'listing',
        abstract:
          'Self-evolving language models excel where answers can be verified but struggle on open-ended tasks. We let a generator and a judge improve each other from zero data.',
      },
      {
        source: fixture,
        line: 3,
        authority: 'listing',
        abstract:
          'Reinforcement learning with verifiable rewards follows a nearly rank-1 trajectory in parameter space. We extrapolate checkpoints from a short window. Our code is available at https://github.com/example/rank-one.',
        links: { code: 'https://github.com/example/rank-one' },
      },
      {
        source: fixture,
        line: 8,
        authority: 'listing',
        abstract:
          'We prove a regret bound of $O(\\sqrt{T \\log K})$ for incentivized federated bandits, and show that the bound is tight up to logarithmic factors.',
      },
    ]);
  });

  it('keeps an arXiv id cited inside an abstract as text: the list is not an id stream', () => {
    const name = 'an abstract that cites an arXiv id mid-sentence.txt';
    const { records } = abstractList.parse(decodedFixture(`abstract-list/${name}`));
    expect(records.map((entry) => [entry.line, entry.arxiv, entry.abstract])).toEqual([
      [
        1,
        undefined,
        'We extend the streaming recogniser of arXiv:2301.00001 to on-device keyword spotting, and halve its latency on three benchmarks.',
      ],
      [3, undefined, 'A second abstract, about incentives for communication in federated bandits.'],
    ]);
  });

  it('skips an Abstract: marker with nothing after it', () => {
    const { records } = abstractList.parse({
      name: 'x.txt',
      text: 'Abstract: A real abstract about bandits.\n\nAbstract:\n',
    });
    expect(records.map((entry) => entry.abstract)).toEqual(['A real abstract about bandits.']);
  });

  it('reads the ten abstracts of the example list, blank lines and all', () => {
    const name = '002_381581610fde0f45.txt';
    const text = readFileSync(join(exampleSources, name), 'utf8');
    const { records } = abstractList.parse({ name, text });
    expect(records.map((entry) => entry.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 14]);
    expect(records.every((entry) => !entry.title && !entry.arxiv && !entry.abstract?.startsWith('Abstract'))).toBe(
      true,
    );
    expect(records[0]?.links?.code).toBe('https://github.com/weizhepei/RELEX');
  });
});

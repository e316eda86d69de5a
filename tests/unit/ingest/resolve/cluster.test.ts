/**
 * Which records are the same work: weighed evidence (ids, abstracts, titles, dates, authors, code),
 * and the rules no evidence overrules (two arXiv ids, two DOIs outside versions, different titles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profilePage } from '../../../../scripts/ingest/formats/profile-page.ts';
import { abstractList } from '../../../../scripts/ingest/formats/abstract-list.ts';
import { arxivListing } from '../../../../scripts/ingest/formats/arxiv-listing.ts';
import type { SourceRecord } from '../../../../scripts/ingest/model.ts';
import { clusterRecords } from '../../../../scripts/ingest/resolve/cluster.ts';
import { jaccard, shingleHashes } from '../../../../scripts/ingest/resolve/shingles.ts';
import { exampleSources, record } from '../helpers.ts';

const example = (name: string) => ({ name, text: readFileSync(join(exampleSources, name), 'utf8') });
const profile = profilePage.parse(example('004_26ce11d630862fb8.txt')).records;
const listing = arxivListing.parse(example('000_2254eadc51b93e53.txt')).records;
const list = abstractList.parse(example('002_381581610fde0f45.txt')).records;
const titled = (title: string) => {
  const found = profile.find((entry) => entry.title === title);
  if (!found) throw new Error(`the example profile has no “${title}”`);
  return found;
};
const withId = (id: string) => {
  const found = listing.find((entry) => entry.arxiv === id);
  if (!found) throw new Error(`the example listing has no ${id}`);
  return found;
};
const clusters = (records: SourceRecord[]) => clusterRecords(records).clusters;

const abstractA =
  'We propose a streaming speech recogniser that attends to a local window and a few summary tokens, keeping latency bounded and memory constant while closing most of the gap to offline models.';
const abstractB =
  'Keyword spotting on phones learns from noisy implicit labels; we estimate a per-device noise matrix in federated training and correct the local loss without sending audio to the server.';

describe('clusterRecords', () => {
  it('merges records with the same arXiv id, whatever else they say', () => {
    const result = clusterRecords([
      record({ arxiv: '2406.13629', abstract: abstractA }),
      record({ source: 'b.txt', arxiv: '2406.13629', abstract: abstractB }),
    ]);
    expect(result.clusters).toEqual([[0, 1]]);
    expect(result.links).toHaveLength(1);
    expect(result.links[0]).toMatchObject({ a: 0, b: 1, kind: 'record' });
    expect(result.links[0]?.comparisons.map((comparison) => comparison.signal)).toContain('arxivId');
  });

  it('merges records with the same DOI, ignoring its case', () => {
    expect(clusters([record({ doi: '10.1000/ABC.1' }), record({ doi: '10.1000/abc.1' })])).toEqual([[0, 1]]);
  });

  it('never merges two different arXiv ids, even with identical abstracts', () => {
    expect(
      clusters([
        record({ arxiv: '2111.12776', abstract: abstractA }),
        record({ arxiv: '2111.12777', abstract: abstractA }),
      ]),
    ).toEqual([[0], [1]]);
  });

  it('never lets a record without an id bridge two different ids into one cluster', () => {
    const result = clusters([
      record({ arxiv: '2111.12776', abstract: abstractA }),
      record({ title: 'Streaming', abstract: abstractA }),
      record({ arxiv: '2111.12777', abstract: abstractA }),
    ]);
    expect(result).toHaveLength(2);
    expect(result.some((cluster) => cluster.includes(0) && cluster.includes(2))).toBe(false);
  });

  it('keeps apart the near-identical titles “Incentivized Communication …” and “Incentivized Truthful Communication …”', () => {
    const plain = titled('Incentivized Communication for Federated Bandits');
    const truthful = titled('Incentivized Truthful Communication for Federated Bandits');
    expect(clusters([plain, truthful])).toEqual([[0], [1]]);
    // And each joins its own listing entry (by abstract), not the other's.
    expect(clusters([plain, truthful, withId('2309.11702'), withId('2402.04485')])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('keeps apart two papers by the same first author on the same day', () => {
    // 2021-11-24: the imbalanced-ensemble toolbox (listing, no title) and "Handling Inter-class …" (profile).
    const toolbox = withId('2111.12776');
    const handling = titled('Handling Inter-class and Intra-class Imbalance in Class-imbalanced Learning');
    expect(toolbox.date?.value).toBe('2021-11-24');
    expect(handling.date?.value).toBe('2021-11-24');
    expect(clusters([toolbox, handling])).toEqual([[0], [1]]);
    const sameDay = {
      date: { value: '2024-11-12', kind: 'aggregator' as const },
      authors: ['Léa Fontaine', 'Tomás Reyes'],
    };
    expect(
      clusters([
        record({ ...sameDay, title: 'Federated Keyword Spotting', abstract: abstractB }),
        record({ ...sameDay, title: 'Streaming Recognition', abstract: abstractA }),
      ]),
    ).toEqual([[0], [1]]);
  });

  it('merges versions of one abstract that differ a lot (Jaccard ≈ 0.44), without ids or titles to help', () => {
    // "Do LLM Evaluators Prefer Themselves for a Reason?": the Abstract: list's version and the profile's.
    const profileVersion = titled('Do LLM Evaluators Prefer Themselves for a Reason?');
    const listVersion = list.find((entry) =>
      entry.abstract?.startsWith('Large language models (LLMs) are increasingly used as automatic evaluators'),
    );
    if (!listVersion?.abstract || !profileVersion.abstract) throw new Error('example records missing');
    const similarity = jaccard(shingleHashes(listVersion.abstract), shingleHashes(profileVersion.abstract));
    expect(similarity).toBeGreaterThan(0.3);
    expect(similarity).toBeLessThan(0.5);
    const result = clusterRecords([listVersion, profileVersion]);
    expect(result.clusters).toEqual([[0, 1]]);
    expect(result.links[0]?.comparisons).toContainEqual(expect.objectContaining({ signal: 'abstract', level: 'copy' }));
  });

  it('keeps apart the unrelated abstracts of one author’s papers', () => {
    expect(clusterRecords(profile).clusters).toHaveLength(profile.length);
  });

  it('merges identical titles, ignoring case and punctuation, when abstracts are absent or related', () => {
    expect(clusters([record({ title: 'Learning: A Study' }), record({ title: 'learning — a study' })])).toEqual([
      [0, 1],
    ]);
    expect(
      clusters([record({ title: 'Learning: A Study', abstract: abstractA }), record({ title: 'Learning, a study' })]),
    ).toEqual([[0, 1]]);
    const link = clusterRecords([record({ title: 'Learning: A Study' }), record({ title: 'LEARNING: A STUDY' })])
      .links[0];
    expect(link?.comparisons).toEqual([expect.objectContaining({ signal: 'title', level: 'same' })]);
  });

  it('keeps apart identical titles whose abstracts are unrelated', () => {
    expect(
      clusters([record({ title: 'A Study', abstract: abstractA }), record({ title: 'A Study', abstract: abstractB })]),
    ).toEqual([[0], [1]]);
  });

  it('does not merge titles that differ by one word', () => {
    expect(
      clusters([
        record({ title: 'Sparse Attention for Streaming Speech' }),
        record({ title: 'Sparse Causal Attention for Streaming Speech' }),
      ]),
    ).toEqual([[0], [1]]);
  });

  it('orders clusters by their first record and members in input order', () => {
    const result = clusters([
      record({ arxiv: '1' }),
      record({ arxiv: '2' }),
      record({ arxiv: '1' }),
      record({ arxiv: '2' }),
      record({ arxiv: '3' }),
    ]);
    expect(result).toEqual([[0, 2], [1, 3], [4]]);
  });
});

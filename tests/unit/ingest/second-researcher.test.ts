/**
 * A second, invented researcher (tests/fixtures/ingest/second researcher/), whose documents hold the
 * examples' traps in another guise:
 *
 * - one paper in a listing (versioned id, `Comments:` line), a glued stream and a profile page, with
 *   a slightly reworded abstract and a date that disagrees by three days;
 * - "Sparse Attention for Streaming Speech Recognition" and "Sparse Causal Attention for Streaming
 *   Speech Recognition": near-identical titles, different papers;
 * - two papers created the same day (2024-11-12), one of which no document names;
 * - a profile entry with a year-less date ("CLMar 3") whose only other copy is an Abstract: list
 *   version that differs a lot (Jaccard ≈ 0.44);
 * - BibTeX with accents (`{\"U}ber`, `L{\'e}a`, `{van der Berg}, Jan`), math in a title,
 *   `and others`, and an entry by other people;
 * - the owner spelt "Léa Fontaine" in profile.yaml, "Lea Fontaine" on her profile page;
 * - a co-author's profile page and a trending page, each listing one of her papers and others;
 * - a note in no known format.
 *
 * Every expectation below comes from reading those documents.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import {
  cleanUpProjects,
  compileBody,
  fixturesRoot,
  makeProject,
  validPublication,
  type PublicationOnDisk,
} from './helpers.ts';

cleanUpProjects();

let report: IngestReport;
let files: Map<string, PublicationOnDisk>;
let siteData: { owner: unknown; stats: { label: string; value: string; source: string }[] };

beforeAll(async () => {
  const project = await makeProject({ copyContent: join(fixturesRoot, 'second researcher/content') });
  report = await project.run();
  files = await project.publicationFiles();
  siteData = JSON.parse(await project.read('content/generated/site.json')) as typeof siteData;
});

const file = (slug: string) => {
  const found = files.get(slug);
  if (!found) throw new Error(`no publication ${slug}; have ${[...files.keys()].join(', ')}`);
  return found;
};

describe('the second researcher’s documents', () => {
  it('are recognised by content, whatever their names', () => {
    expect(
      report.documents.map((document) => [document.name, document.format, document.records, document.contributes]),
    ).toEqual([
      ['abstracts.txt', 'abstract-list', 2, true],
      ['coauthor.txt', 'profile-page', 2, false],
      ['listing.txt', 'arxiv-listing', 3, true],
      ['notes.txt', null, 0, false],
      ['profile.txt', 'profile-page', 6, true],
      ['references.bib', 'bibtex', 3, true],
      ['stream.txt', 'glued-abstract-stream', 2, true],
      ['trending.txt', 'trending-page', 3, false],
    ]);
  });

  it('belong to the owner named in profile.yaml, whose profile page spells her without the accent', () => {
    expect(report.owner).toEqual({ name: 'Léa Fontaine', source: 'profile.yaml' });
    expect(siteData.stats).toContainEqual({
      label: 'h-index',
      value: '9',
      source: 'profile.txt',
      origin: 'a profile page',
      year: 2026,
    });
    expect(siteData.stats.every((stat) => stat.source === 'profile.txt')).toBe(true);
  });

  it('give exactly her eight papers', () => {
    expect([...files.keys()]).toEqual([
      'keyword-spotting-on-phones-is-trained-from-labels-that-users',
      'privacy-auditing-for-on-device-speech-models',
      'sparse-attention-for-streaming-speech-recognition',
      'sparse-causal-attention-for-streaming-speech-recognition',
      'streaming-diarization-with-o-1-memory',
      'token-level-confidence-for-speech-translation',
      'tone-aware-self-supervised-pretraining-for-low-resource',
      'uber-parameterised-acoustic-models-are-calibrated',
    ]);
    expect(report.publications.total).toBe(8);
    for (const publication of files.values()) validPublication(publication.data);
  });

  it('skip the co-author’s own paper, the BibTeX entry by others and the trending page’s other papers, with reasons', () => {
    expect(report.skipped).toEqual([
      {
        source: 'coauthor.txt',
        line: 14,
        title: 'Robust Beamforming with Neural Masks',
        reason: 'the document is the profile of Jan van der Berg, not of Léa Fontaine',
      },
      {
        source: 'references.bib',
        line: 21,
        title: 'Graph Networks for Traffic Forecasting',
        reason: 'Léa Fontaine is not among its authors',
      },
      {
        source: 'trending.txt',
        line: 13,
        title: 'Benchmarking Agents with Versatile Interactive Tasks',
        reason: expect.stringContaining('trending'),
      },
      {
        source: 'trending.txt',
        line: 21,
        title: 'Recovery without Checkpoints for Decentralised Training',
        reason: expect.stringContaining('trending'),
      },
    ]);
  });

  it('merge each paper’s records across documents, and nothing else', () => {
    const merges = Object.fromEntries(
      report.merges.map((merge) => [merge.slug, merge.records.map((entry) => `${entry.source}:${entry.line}`).sort()]),
    );
    expect(merges).toEqual({
      'keyword-spotting-on-phones-is-trained-from-labels-that-users': ['abstracts.txt:3', 'listing.txt:8'],
      'privacy-auditing-for-on-device-speech-models': ['listing.txt:15', 'profile.txt:31'],
      'sparse-attention-for-streaming-speech-recognition': ['listing.txt:1', 'profile.txt:38', 'stream.txt:1'],
      'sparse-causal-attention-for-streaming-speech-recognition': ['profile.txt:24', 'stream.txt:2', 'trending.txt:5'],
      'tone-aware-self-supervised-pretraining-for-low-resource': ['abstracts.txt:1', 'profile.txt:10'],
      'uber-parameterised-acoustic-models-are-calibrated': ['coauthor.txt:7', 'profile.txt:45', 'references.bib:3'],
    });
    const signals = Object.fromEntries(
      report.merges.map((merge) => [merge.slug, merge.evidence.flatMap((link) => link.signals.map((signal) => `${signal.signal} ${signal.level}`))]),
    );
    // An untitled, undated Abstract: list entry joins its profile entry on the abstracts alone.
    expect(signals['tone-aware-self-supervised-pretraining-for-low-resource']).toEqual(expect.arrayContaining([expect.stringMatching(/^abstract (copy|revised|rewritten)$/)]));
    expect(signals['uber-parameterised-acoustic-models-are-calibrated']).toContain('title same');
  });

  it('keep the near-identical titles apart, each with its own id, date and sources', () => {
    expect(file('sparse-attention-for-streaming-speech-recognition').data).toMatchObject({
      title: 'Sparse Attention for Streaming Speech Recognition',
      authors: ['Léa Fontaine', 'Jan van der Berg', 'Tomás Reyes'],
      // Created: 2024-03-01 beats the profile's "SDMar 4, 2024".
      date: '2024-03-01',
      venue: 'Interspeech 2024',
      arxiv: '2403.01234',
      category: 'SD',
      links: { code: 'https://github.com/lfontaine/sparse-asr' },
      sources: ['listing.txt', 'profile.txt', 'stream.txt'],
    });
    const causal = file('sparse-causal-attention-for-streaming-speech-recognition');
    expect(causal.data).toMatchObject({
      title: 'Sparse Causal Attention for Streaming Speech Recognition',
      authors: ['Tomás Reyes', 'Léa Fontaine'],
      authorsTruncated: true,
      // The id gives 2024-09; the profile's "Sep 9, 2024" agrees and refines it.
      date: '2024-09-09',
      arxiv: '2409.04567',
      sources: ['profile.txt', 'stream.txt', 'trending.txt'],
    });
    expect(causal.data['venue']).toBeUndefined(); // "12 pages, 5 figures"
    expect(causal.body).toContain('$k = 0$');
  });

  it('keep apart the two papers created on 2024-11-12, deriving a title for the one no document names', () => {
    const untitled = file('keyword-spotting-on-phones-is-trained-from-labels-that-users');
    expect(untitled.data).toMatchObject({
      title: 'Keyword spotting on phones is trained from labels that users…',
      titleDerived: true,
      authors: [],
      date: '2024-11-12',
      arxiv: '2411.05555',
      sources: ['abstracts.txt', 'listing.txt'],
    });
    expect(file('privacy-auditing-for-on-device-speech-models').data).toMatchObject({
      date: '2024-11-12',
      venue: 'ICASSP 2025',
      arxiv: '2411.05601',
      category: 'CR',
    });
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'content/publications/keyword-spotting-on-phones-is-trained-from-labels-that-users.mdx',
      message: expect.stringContaining('title derived from its abstract'),
    });
  });

  it('date a year-less profile entry in the year after the latest the page prints, and merge its reworded abstract', () => {
    expect(file('tone-aware-self-supervised-pretraining-for-low-resource').data).toMatchObject({
      title: 'Tone-Aware Self-Supervised Pretraining for Low-Resource Languages',
      date: '2026-03-03',
      sources: ['abstracts.txt', 'profile.txt'],
    });
  });

  it('read BibTeX accents and math, prefer its title and complete author list, and refine its month with the profile’s day', () => {
    expect(file('uber-parameterised-acoustic-models-are-calibrated').data).toMatchObject({
      title: 'Über-parameterised Acoustic Models Are Calibrated',
      authors: ['Léa Fontaine', 'Jan van der Berg'],
      date: '2023-06-05',
      venue: 'Proceedings of ICASSP 2023',
      sources: ['coauthor.txt', 'profile.txt', 'references.bib'],
    });
    expect(file('uber-parameterised-acoustic-models-are-calibrated').data['title']).toBe(
      'Über-parameterised Acoustic Models Are Calibrated'.normalize('NFC'),
    );
    expect(file('streaming-diarization-with-o-1-memory').data).toMatchObject({
      title: 'Streaming Diarization with $O(1)$ Memory',
      authors: ['Léa Fontaine'],
      authorsTruncated: true,
      date: '2025-01',
      arxiv: '2501.00042',
      sources: ['references.bib'],
    });
  });

  it('report the note in no known format by name, and still process every other document', () => {
    expect(report.diagnostics).toContainEqual({
      level: 'error',
      file: 'notes.txt',
      message: expect.stringContaining('in no format the ingest knows'),
    });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toHaveLength(1);
  });

  it('give every paper one to three topics and write files that compile as MDX', async () => {
    for (const publication of files.values()) {
      const topics = publication.data['topics'] as string[];
      expect(topics.length, publication.slug).toBeGreaterThanOrEqual(1);
      expect(topics.length, publication.slug).toBeLessThanOrEqual(3);
      await compileBody(publication.text);
    }
    // The two streaming-attention papers are one thread.
    const shared = (file('sparse-attention-for-streaming-speech-recognition').data['topics'] as string[]).filter(
      (topic) =>
        (file('sparse-causal-attention-for-streaming-speech-recognition').data['topics'] as string[]).includes(topic),
    );
    expect(shared.length).toBeGreaterThan(0);
  });
});

/**
 * Ownership: whose papers a document lists. profile.yaml's name wins; otherwise the person a profile
 * page names. Documents about other people contribute nothing of their own, but their records
 * enrich a paper that an owner document lists.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSubject } from '../../../scripts/ingest/model.ts';
import { documentVerdict, identifyOwner, recordVerdict, type Owner } from '../../../scripts/ingest/ownership.ts';
import { cleanUpProjects, fixturesRoot, makeProject, record } from './helpers.ts';

cleanUpProjects();

const page = (document: string, name: string) => ({ document, subject: { kind: 'person', name } as DocumentSubject });
const owner = (name: string, aliases: string[] = []): Owner => ({
  name,
  source: 'profile.yaml',
  names: [name, ...aliases],
});

describe('identifyOwner', () => {
  it('takes the name in profile.yaml over any profile page, with its aliases', () => {
    expect(identifyOwner({ name: 'Jane Q. Doe', aliases: ['Doe, J.'] }, [page('roe.txt', 'John Roe')])).toEqual({
      name: 'Jane Q. Doe',
      source: 'profile.yaml',
      names: ['Jane Q. Doe', 'Doe, J.'],
    });
  });

  it('otherwise takes the person the profile pages agree on', () => {
    const subjects = [
      page('a.txt', 'John Roe'),
      page('b.txt', 'Jane Doe'),
      page('c.txt', 'Jane Q. Doe'),
      { document: 'd.txt', subject: { kind: 'unspecified' } as DocumentSubject },
    ];
    expect(identifyOwner({ aliases: [] }, subjects)).toMatchObject({ name: 'Jane Doe', source: 'b.txt' });
  });

  it('names nobody when neither profile.yaml nor any document does', () => {
    expect(identifyOwner({ aliases: [] }, [{ document: 'a.txt', subject: { kind: 'unspecified' } }])).toEqual({
      name: null,
      source: null,
      names: [],
    });
  });
});

describe('documentVerdict and recordVerdict', () => {
  const jane = owner('Jane Q. Doe', ['Doe, J.']);

  it('counts listings without author information as the owner’s', () => {
    expect(documentVerdict({ kind: 'unspecified' }, jane)).toEqual({ owned: true });
  });

  it('counts the owner’s profile page under another spelling, not someone else’s', () => {
    expect(documentVerdict({ kind: 'person', name: 'J. Doe' }, jane)).toEqual({ owned: true });
    expect(documentVerdict({ kind: 'person', name: 'John Roe' }, jane)).toEqual({
      owned: false,
      reason: 'the document is the profile of John Roe, not of Jane Q. Doe',
    });
  });

  it('never counts a trending page', () => {
    expect(documentVerdict({ kind: 'others', description: 'a trending page' }, jane)).toEqual({
      owned: false,
      reason: 'the document is a trending page',
    });
  });

  it('checks BibTeX entries one by one against the full author list', () => {
    expect(documentVerdict({ kind: 'per-record' }, jane)).toBe('per-record');
    expect(recordVerdict(record({ authors: ['Ana Lima', 'Doe, J.'] }), jane)).toEqual({ owned: true });
    expect(recordVerdict(record({ authors: ['John Roe', 'Anil Kumar'] }), jane)).toEqual({
      owned: false,
      reason: 'Jane Q. Doe is not among its authors',
    });
  });

  it('gives the benefit of the doubt to a truncated or missing author list', () => {
    expect(recordVerdict(record({ authors: ['John Roe'], authorsTruncated: true }), jane)).toEqual({ owned: true });
    expect(recordVerdict(record({}), jane)).toEqual({ owned: true });
  });
});

describe('ownership in a whole run', () => {
  it('publishes a paper that a trending page also lists once, with the trending page among its sources, and skips the page’s other papers', async () => {
    const project = await makeProject({
      copyContent: join(fixturesRoot, "a trending page that lists one of the owner's papers/content"),
    });
    const report = await project.run();
    expect(report.owner).toEqual({ name: 'Jane Q. Doe', source: 'profile.txt' });

    const files = await project.publicationFiles();
    expect([...files.keys()].sort()).toEqual([
      'minimal-training-extrapolates-reasoning-models',
      'winnowing-divergent-views-in-retrieval',
    ]);
    const shared = files.get('minimal-training-extrapolates-reasoning-models');
    expect(shared?.data['sources']).toEqual(['profile.txt', 'trending.txt']);
    // The profile page outranks the trending page for every field.
    expect(shared?.data['date']).toBe('2025-03-02');
    expect(shared?.body).toContain('along a nearly straight line');

    expect(report.documents.find((document) => document.name === 'trending.txt')).toMatchObject({
      format: 'trending-page',
      records: 3,
      contributes: false,
    });
    expect(report.skipped.map((skipped) => [skipped.source, skipped.line, skipped.title])).toEqual([
      ['trending.txt', 13, 'Benchmarking Agents with Versatile Interactive Tasks'],
      ['trending.txt', 21, 'Recovery without Checkpoints for Decentralised Training'],
    ]);
    expect(report.skipped.every((skipped) => /trending/.test(skipped.reason))).toBe(true);
  });

  it('follows profile.yaml: a co-author’s profile page and BibTeX entries without the owner contribute nothing of their own', async () => {
    const project = await makeProject({
      copyContent: join(
        fixturesRoot,
        "an owner named in profile.yaml, a co-author's profile and a shared bibliography/content",
      ),
    });
    const report = await project.run();
    expect(report.owner).toEqual({ name: 'Jane Q. Doe', source: 'profile.yaml' });

    const files = await project.publicationFiles();
    const summary = [...files.values()].map((file) => [file.data['title'], file.data['arxiv'], file.data['sources']]);
    expect(summary).toEqual([
      // The listing's paper, titled by the co-author's page, which lists it too.
      ['Calibrated Acoustic Models at Scale', '2501.01111', ['coauthor profile.txt', 'listing.txt']],
      // "Doe, J." is an alias in profile.yaml; the entry shares the listing's arXiv id.
      ['Streaming Diarization with Constant Memory', '2502.02222', ['listing.txt', 'shared references.bib']],
      // "Roe, John and others": the owner may be among the authors left out.
      ['Streaming Translation with Wait-k Policies', undefined, ['shared references.bib']],
    ]);

    expect(report.skipped).toEqual([
      {
        source: 'coauthor profile.txt',
        line: 14,
        title: 'Robust Beamforming with Neural Masks',
        reason: 'the document is the profile of John Roe, not of Jane Q. Doe',
      },
      {
        source: 'shared references.bib',
        line: 10,
        title: 'Graph Networks for Traffic',
        reason: 'Jane Q. Doe is not among its authors',
      },
    ]);
    expect(report.documents.find((document) => document.name === 'coauthor profile.txt')).toMatchObject({
      contributes: false,
    });
  });

  it('without profile.yaml, takes the person of the only profile page as the owner, whoever that is', async () => {
    const project = await makeProject({
      copySources: join(
        fixturesRoot,
        "an owner named in profile.yaml, a co-author's profile and a shared bibliography/content/sources",
      ),
    });
    // Without profile.yaml, the co-author's page names the owner: John Roe's own paper is published.
    const withoutProfile = await project.run();
    expect(withoutProfile.owner).toEqual({ name: 'John Roe', source: 'coauthor profile.txt' });
    const titles = [...(await project.publicationFiles()).values()].map((file) => file.data['title']);
    expect(titles).toContain('Robust Beamforming with Neural Masks');
    expect(titles).toContain('Graph Networks for Traffic');
  });

  it('warns when profile pages name two different people and profile.yaml does not choose', async () => {
    const project = await makeProject();
    const page = (name: string, title: string) =>
      `${name}\n\n1 Papers\n\nLGMay 2, 2024\n${title}\n\n${name}, A. Other\n\nAn abstract about ${title.toLowerCase()} that is long enough to read as one.\n`;
    await project.write('content/sources/a.txt', page('Ada Lovelace', 'Analytical Engines'));
    await project.write('content/sources/b.txt', page('Charles Babbage', 'Difference Engines'));
    const report = await project.run();
    expect(report.owner).toEqual({ name: 'Ada Lovelace', source: 'a.txt' });
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('Ada Lovelace and Charles Babbage') }),
    );
  });
});

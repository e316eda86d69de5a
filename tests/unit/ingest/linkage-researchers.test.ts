/**
 * Record linkage end to end, on the invented researchers of tests/fixtures/linkage/ (a
 * condensed-matter physicist, an ecologist, a complexity theorist, a hydrologist): their listing,
 * glued stream, `Abstract:` list and profile page word every abstract differently, and their
 * bibliographies list conference, journal and preprint versions with different DOIs. Each gives one
 * publication per work, as `works.yaml` labels them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { linkageFixtures } from '../../../scripts/bench/linkage.ts';
import { syntheticDocuments, syntheticOwner } from '../../../scripts/bench/synthetic-profile.ts';
import { cleanUpProjects, makeProject, validPublication } from './helpers.ts';

cleanUpProjects();

const researchers = readdirSync(linkageFixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const worksOf = (folder: string) =>
  load(readFileSync(join(linkageFixtures, folder, 'works.yaml'), 'utf8')) as Record<string, string[]>;
const project = (folder: string) => makeProject({ copyContent: join(linkageFixtures, folder, 'content') });

describe('record linkage on other researchers’ documents', () => {
  it.each(researchers)('gives %s one publication per work, each holding exactly that work’s records', async (folder) => {
    const works = worksOf(folder);
    const report = await (await project(folder)).run();
    expect(report.publications.total).toBe(Object.keys(works).length);
    const merged = report.merges.map((merge) => merge.records.map((entry) => `${entry.source}:${entry.line}`).sort());
    const expected = Object.values(works)
      .filter((places) => places.length > 1)
      .map((places) => [...places].sort());
    expect(merged.sort()).toEqual(expected.sort());
  });

  it('keeps every version of a work in its file, shows the journal’s venue and keeps the earliest date', async () => {
    const ingest = await project('a condensed-matter physicist');
    await ingest.run();
    const files = await ingest.publicationFiles();
    const mn3sn = [...files.values()].find((file) => String(file.data['title']).includes('Mn'));
    const data = validPublication(mn3sn?.data ?? {});
    expect(data.venue).toBe('Physical Review Letters');
    expect(data.doi).toBe('10.5555/PhysRevLett.130.226601');
    // The preprint's `Created:` day, a year before the journal version.
    expect(data.date).toBe('2022-08-03');
    expect(data.versions).toEqual([
      { type: 'article', venue: 'Physical Review Letters', date: '2023', doi: '10.5555/PhysRevLett.130.226601', url: 'https://doi.org/10.5555/PhysRevLett.130.226601' },
      {
        type: 'conference',
        venue: 'Proceedings of the International Conference on Strongly Correlated Electron Systems',
        date: '2022',
        doi: '10.5555/sces.2022.118',
        url: 'https://doi.org/10.5555/sces.2022.118',
      },
      { type: 'preprint', venue: 'arXiv', date: '2022-08-03', arxiv: '2208.01937', url: 'https://arxiv.org/abs/2208.01937' },
    ]);
  });

  it('dates a work with a workshop and a later journal version in the workshop’s year', async () => {
    const ingest = await project('an ecologist');
    await ingest.run();
    const camera = (await ingest.publicationFiles()).get('camera-trap-occupancy-models-for-elusive-carnivores');
    expect(camera?.data).toMatchObject({ venue: 'Methods in Ecology and Evolution', date: '2021-10-08' });
    expect((camera?.data['versions'] as { type: string }[]).map((version) => version.type)).toEqual(['article', 'conference', 'preprint']);
  });

  it('adds nothing when a second flavour of the bibliography, without DOIs, is added, and changes no slug', async () => {
    const ingest = await project('a complexity theorist');
    await ingest.run();
    const before = [...(await ingest.publicationFiles()).keys()];
    const bib = await ingest.read('content/sources/references.bib');
    await ingest.write('content/sources/references without DOIs.bib', bib.replace(/^\s*doi\s*=.*\n/gm, '').replace(/\{NC\}\$\^1\$/, 'NC$^{1}$'));
    const report = await ingest.run();
    expect([...(await ingest.publicationFiles()).keys()]).toEqual(before);
    expect(report.publications.created).toEqual([]);
  });

  it('gives the same publications from the bibliography without DOIs alone', async () => {
    const withDois = await project('a complexity theorist');
    await withDois.run();
    const withoutDois = await project('a complexity theorist');
    const bib = await withoutDois.read('content/sources/references.bib');
    await withoutDois.write('content/sources/references.bib', bib.replace(/^\s*doi\s*=.*\n/gm, ''));
    await withoutDois.run();
    expect([...(await withoutDois.publicationFiles()).keys()]).toEqual([...(await withDois.publicationFiles()).keys()]);
  });
});

describe('record linkage on the synthetic profiles `npm run bench` builds', () => {
  // One owner, a dozen threads, sibling papers whose abstracts share most of their words, and
  // untitled abstracts: every paper must stay a publication of its own.
  it.each([
    [100, 1],
    [100, 2],
    [300, 3],
  ])('keeps %i papers (seed %i) as that many publications', async (count, seed) => {
    const ingest = await makeProject();
    await ingest.write('content/profile.yaml', `name: ${syntheticOwner}\n`);
    for (const [name, text] of syntheticDocuments(count, seed)) await ingest.write(`content/sources/${name}`, text);
    const report = await ingest.run();
    expect(report.publications.total).toBe(count);
  });
});

/**
 * An invented researcher whose Google Scholar dump, ORCID record and arXiv listing overlap
 * (tests/fixtures/import/): Scholar lists the journal paper and its preprint as two entries, cuts one
 * venue short, and lists an appendix, a section heading and a note; ORCID gives DOIs, an arXiv id and
 * full journal names; the listing gives abstracts and arXiv ids. Linking needs no particular
 * matcher: every pair shares an arXiv id, a DOI or a title that differs only in case.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import { cleanUpProjects, makeProject, validPublication, type Project, type PublicationOnDisk } from '../ingest/helpers.ts';

cleanUpProjects();

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const documents = {
  scholar: 'scholar profile with non-papers and a cut citation.json',
  orcid: 'orcid record with three works.json',
  listing: 'arxiv listing with two preprints.txt',
  openAlex: 'openalex works of one author.json',
};

async function researcher(names: string[]): Promise<{ project: Project; report: IngestReport; files: PublicationOnDisk[] }> {
  const project = await makeProject();
  await project.write('content/profile.yaml', 'name: Marisol Quintero-Vance\n');
  for (const name of names) await copyFile(join(fixtures, name), join(project.sources, name));
  const report = await project.run();
  return { project, report, files: [...(await project.publicationFiles()).values()] };
}

const fileTitled = (files: PublicationOnDisk[], start: string) => {
  const found = files.filter((file) => String(file.data['title']).toLowerCase().startsWith(start.toLowerCase()));
  expect(found, start).toHaveLength(1);
  return found[0] as PublicationOnDisk;
};
const byTitle = (files: PublicationOnDisk[], start: string) => validPublication(fileTitled(files, start).data);

describe('a Scholar dump, ORCID works and an arXiv listing of one researcher', () => {
  let report: IngestReport;
  let files: PublicationOnDisk[];
  beforeAll(async () => {
    ({ report, files } = await researcher([documents.scholar, documents.orcid, documents.listing]));
  });

  it('gives one publication per work', () => {
    expect(files.map((file) => String(file.data['title'])).sort()).toEqual([
      'Crack Segmentation on Bridge Decks from Drone Imagery with Weak Labels',
      'Digital Twins of Precast Concrete Plants: A Review',
      'Learning to estimate rebar spacing from ground-penetrating radar',
      'Scheduling Tower Cranes with Mixed-Integer Programming under Wind Constraints',
    ]);
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('joins the journal paper, its preprint entry, its ORCID work and its listing entry', () => {
    const paper = byTitle(files, 'Crack Segmentation');
    expect(paper).toMatchObject({ doi: '10.5555/autcon.2021.103647', arxiv: '2009.04412', type: 'article' });
    expect(paper.sources).toEqual([documents.listing, documents.orcid, documents.scholar].sort());
    // The listing's full abstract: Scholar and ORCID give none.
    expect(fileTitled(files, 'Crack Segmentation').body).toContain('within four points of a fully supervised model');
  });

  it('takes venues from ORCID over Scholar’s, never the venue Scholar cut short', () => {
    expect(byTitle(files, 'Crack Segmentation')).toMatchObject({ venue: 'Automation in Construction', volume: '125', pages: '103647' });
    expect(byTitle(files, 'Digital Twins').venue).toBe('Journal of Computing in Civil Engineering');
    expect(byTitle(files, 'Scheduling Tower Cranes').venue).toBe('Proceedings of the 38th International Symposium on Automation and Robotics in Construction');
  });

  it('keeps Scholar’s dated citation counts, the larger of the paper’s two entries', () => {
    expect(byTitle(files, 'Crack Segmentation').citations).toEqual({ count: 57, source: 'Google Scholar', date: '2026-11-02' });
    expect(byTitle(files, 'Learning to estimate rebar').citations).toEqual({ count: 4, source: 'Google Scholar', date: '2026-11-02' });
  });

  it('reports the entries Scholar lists that are not papers', () => {
    const left = report.diagnostics.filter((diagnostic) => diagnostic.file === documents.scholar).map((diagnostic) => diagnostic.message);
    expect(left).toHaveLength(3);
    expect(left.join('\n')).toMatch(/Supplementary material.*appendix/);
  });
});

describe('a fresher count from another service', () => {
  it('replaces Scholar’s count, and the profile’s figures stay Scholar’s', async () => {
    const { files, project } = await researcher(Object.values(documents));
    const paper = byTitle(files, 'Crack Segmentation');
    expect(paper.citations).toEqual({ count: 61, source: 'OpenAlex', date: '2026-11-20' });
    // The listing's abstract still wins over OpenAlex's shorter copy.
    expect(fileTitled(files, 'Crack Segmentation').body).toContain('within four points of a fully supervised model');
    expect(files).toHaveLength(4);
    const site = JSON.parse(await project.read('content/generated/site.json')) as { stats: unknown[] };
    expect(site.stats).toEqual([
      { label: 'citations', value: '412', source: documents.scholar, origin: 'a Google Scholar profile', date: '2026-11-02' },
      { label: 'h-index', value: '7', source: documents.scholar, origin: 'a Google Scholar profile', date: '2026-11-02' },
      { label: 'i10-index', value: '5', source: documents.scholar, origin: 'a Google Scholar profile', date: '2026-11-02' },
    ]);
  });
});

describe('a refreshed dump after the owner edited a paper', () => {
  it('updates the count and keeps the hand edit', async () => {
    const { project, files } = await researcher([documents.scholar, documents.orcid, documents.listing]);
    const paper = fileTitled(files, 'Crack Segmentation');
    const path = `content/publications/${paper.slug}.mdx`;
    await project.write(path, paper.text.replace('venue: Automation in Construction', 'venue: Autom. Constr. (best paper award)'));
    const dump = (await project.read(`content/sources/${documents.scholar}`))
      .replace('"updated": "2026-11-02 06:14:55.120334"', '"updated": "2026-12-07 06:00:00.000000"')
      .replace('"num_citations": 57', '"num_citations": 70');
    await project.write(`content/sources/${documents.scholar}`, dump);
    const report = await project.run();
    const after = validPublication(fileTitled([...(await project.publicationFiles()).values()], 'Crack Segmentation').data);
    expect(after.venue).toBe('Autom. Constr. (best paper award)');
    expect(after.citations).toEqual({ count: 70, source: 'Google Scholar', date: '2026-12-07' });
    expect(report.keptEdits).toEqual([{ slug: paper.slug, fields: ['venue'] }]);
  });
});

import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, type Project } from '../ingest/helpers.ts';
import { cleanUpProjects, expectIntact } from './helpers.ts';

cleanUpProjects();

// An invented hydrologist whose papers carry no DOI and no arXiv id: only titles and abstracts say
// which paper a file is, the hardest case for recognising a file again.
const bibliography = `
@article{wells,
  title = {Groundwater Recharge in Semi-Arid Basins},
  author = {Okonkwo, Adaeze and Lind, Per},
  year = {2021},
  abstract = {We estimate recharge from well records across four basins and find it halves in dry decades.}
}
@article{floods,
  title = {Flash Flood Warnings From Soil Moisture},
  author = {Okonkwo, Adaeze},
  year = {2022},
  abstract = {Soil moisture observed by satellites gives six more hours of warning before flash floods.}
}
@inproceedings{rivers,
  title = {Braided Rivers and Their Islands},
  author = {Okonkwo, Adaeze and Haddad, Samir},
  year = {2023},
  abstract = {Islands in braided rivers move with the seasons; we track them in twenty years of imagery.}
}
`;

async function hydrologist(): Promise<Project> {
  const project = await makeProject();
  await project.write('content/profile.yaml', 'name: Adaeze Okonkwo\n');
  await project.write('content/sources/publications.bib', bibliography);
  await project.run();
  return project;
}

const statePath = 'content/publications/.ingest-state.json';

async function setTitle(project: Project, slug: string, title: string) {
  const path = `content/publications/${slug}.mdx`;
  await project.write(path, (await project.read(path)).replace(/^title: .*$/m, `title: ${title}`));
}

describe('which file is which paper', () => {
  it('keeps a renamed file as the paper’s file, with its edits, instead of writing the old name again', async () => {
    const project = await hydrologist();
    await setTitle(project, 'flash-flood-warnings-from-soil-moisture', 'Flash-Flood Warnings from Soil Moisture');
    await rename(
      join(project.publications, 'flash-flood-warnings-from-soil-moisture.mdx'),
      join(project.publications, 'flood-warnings.mdx'),
    );
    const report = await project.run();
    expect(report.publications.created).toEqual([]);
    expect(report.publications.deleted).toEqual([]);
    await expectIntact(project, { count: 3, titles: new Map([['flood-warnings', 'Flash-Flood Warnings from Soil Moisture']]) });
    // …and the renamed file is the paper's from now on: a new venue reaches it, the edit stays.
    await project.write('content/sources/publications.bib', bibliography.replace('year = {2022},', 'year = {2022}, journal = {Journal of Hydrology},'));
    await project.run();
    const file = (await project.publicationFiles()).get('flood-warnings');
    expect(file?.data['venue']).toBe('Journal of Hydrology');
    expect(file?.data['title']).toBe('Flash-Flood Warnings from Soil Moisture');
    await expectIntact(project, { count: 3, titles: new Map() });
  });

  it('rebuilds a lost state file from the collection, with a warning, keeping a corrected title and no second copy', async () => {
    const project = await hydrologist();
    await setTitle(project, 'braided-rivers-and-their-islands', 'Braided Rivers and their Migrating Islands');
    await rm(join(project.root, statePath));
    const report = await project.run();
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: statePath, message: expect.stringMatching(/^is missing; it was rebuilt from the collection/) }));
    expect(report.publications.created).toEqual([]);
    await expectIntact(project, { count: 3, titles: new Map([['braided-rivers-and-their-islands', 'Braided Rivers and their Migrating Islands']]) });
    // The rebuilt state knows the edit as the owner's from now on.
    const again = await project.run();
    expect(again.diagnostics.filter((item) => item.file === statePath)).toEqual([]);
    expect(again.keptEdits).toEqual([{ slug: 'braided-rivers-and-their-islands', fields: ['title'] }]);
  });

  it.each([
    ['cut off mid-way (not JSON)', '{"version": 1, "publications": {', /^is not valid JSON/],
    ['with keys that are not a list', '{"version": 1, "publications": {"a": {"keys": 5, "fields": {}, "body": ""}}}', /^does not have the expected shape \(`publications\.a\.keys`: /],
    ['of another version', '{"version": 7, "publications": {}}', /^does not have the expected shape \(`version`: /],
  ])('reports a state file %s, naming it, and rebuilds it without duplicating a paper', async (_, text, message) => {
    const project = await hydrologist();
    await setTitle(project, 'groundwater-recharge-in-semi-arid-basins', 'Groundwater Recharge in Semiarid Basins');
    await project.write(statePath, text);
    const report = await project.run();
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: statePath, message: expect.stringMatching(message) }));
    await expectIntact(project, { count: 3, titles: new Map([['groundwater-recharge-in-semi-arid-basins', 'Groundwater Recharge in Semiarid Basins']]) });
  });
});

import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../src/lib/read-profile.ts';
import { makeProject } from '../ingest/helpers.ts';
import { cleanUpProjects } from './helpers.ts';

cleanUpProjects();

// An invented oceanographer's bibliography; the first entry's URL lacks its scheme and its DOI has a
// registrant code too short to be one.
const bibliography = `@article{gauges,
  title = {Tide Gauges and the Rate of Sea Level Rise},
  author = {Moreau, Ines and Takahashi, Ren},
  year = {2020},
  url = {www.example.org/tide-gauges},
  doi = {10.12/tide},
  abstract = {Century-long tide gauge records show the rate of sea level rise doubling since 1990.}
}
@article{coral,
  title = {Coral Bleaching Under Marine Heat Waves},
  author = {Moreau, Ines},
  year = {2021}
}
`;

describe('a bad value in a document', () => {
  it('costs that value, reported at its document and line, and the paper is kept', async () => {
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Ines Moreau\n');
    await project.write('content/sources/oceans.bib', bibliography);
    const report = await project.run();
    // The reader refuses a link that is not http(s) where it reads it…
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'oceans.bib',
      line: 1,
      message: '@article{gauges}: `url = {www.example.org/tide-gauges}` is not an http(s) link, so it is not shown; give the full address.',
    });
    // …and any other value the schema refuses is left out where the file is built, at its own line.
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'oceans.bib',
      line: 6,
      message: '`doi` of “Tide Gauges and the Rate of Sea Level Rise” Expected a DOI such as 10.1000/xyz ("10.12/tide"); the value was left out and the paper kept.',
    });
    const files = await project.publicationFiles();
    const gauges = files.get('tide-gauges-and-the-rate-of-sea-level-rise');
    expect(gauges?.data['authors']).toEqual(['Ines Moreau', 'Ren Takahashi']);
    expect(gauges?.data['doi']).toBeUndefined();
    expect(gauges?.data['links']).not.toHaveProperty('project');
    expect(report.publications.kept).toEqual([]);
    expect(files.size).toBe(2);
    // Every topic the ingest added has a paper: none would publish an empty page.
    const used = new Set([...files.values()].flatMap((file) => file.data['topics'] as string[]));
    expect(report.topics.added.filter((slug) => !used.has(slug))).toEqual([]);
  });

  it('reports a topic slug the taxonomy lacks with the paper’s file and line', async () => {
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Ines Moreau\n');
    await project.write('content/sources/oceans.bib', bibliography);
    await project.run();
    const path = 'content/publications/coral-bleaching-under-marine-heat-waves.mdx';
    const text = await project.read(path);
    await project.write(path, text.replace(/^topics:.*$/m, 'topics:\n  - coral-reefs-typo'));
    const report = await project.run();
    const line = (await project.read(path)).split('\n').indexOf('  - coral-reefs-typo') + 1;
    expect(line).toBeGreaterThan(1);
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: path,
      line,
      message: 'names the topic `coral-reefs-typo`, which `content/topics.yaml` does not have; add it there, or correct the slug.',
    });
  });
});

describe('content/profile.yaml', () => {
  const file = 'content/profile.yaml';

  it('takes an e-mail address written as a mailto: link as a valid link', () => {
    const read = readProfile('name: Ines Moreau\nlinks:\n  Email: mailto:ines@example.org\n  Lab: https://lab.example.org\n', file);
    expect(read.diagnostics).toEqual([]);
    expect(read.profile.links).toEqual({ Email: 'mailto:ines@example.org', Lab: 'https://lab.example.org' });
  });

  it('drops a wrong link alone, naming the file, the key and the line, and keeps every other setting', () => {
    const text = 'name: Ines Moreau\nheadline: Oceanographer\nlinks:\n  Lab: https://lab.example.org\n  Scholar: javascript:alert(1)\n  Blog: blog.example.org\n';
    const read = readProfile(text, file);
    expect(read.profile).toMatchObject({ name: 'Ines Moreau', headline: 'Oceanographer', links: { Lab: 'https://lab.example.org' } });
    expect(read.diagnostics).toEqual([
      { level: 'error', file, line: 5, message: '`links.Scholar`: Expected an http(s) URL or a mailto: address; this setting was left out.' },
      { level: 'error', file, line: 6, message: '`links.Blog`: Expected an http(s) URL or a mailto: address; this setting was left out.' },
    ]);
  });

  it('drops an unknown or mistyped setting alone, saying which settings exist', () => {
    const read = readProfile('name: Ines Moreau\nemial: ines@example.org\npageSize: many\n', file);
    expect(read.profile.name).toBe('Ines Moreau');
    expect(read.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.message.split(';')[0]])).toEqual([
      [2, expect.stringMatching(/^`emial`: is not a setting profile.yaml knows \(known: name, aliases, .*email/)],
      [3, expect.stringMatching(/^`pageSize`: /)],
    ]);
  });

  it('reports YAML it cannot read with the line, and goes on with no settings', () => {
    const read = readProfile('name: Ines Moreau\nlinks:\n  Lab: "https://lab.example.org\n', file);
    expect(read.profile.name).toBeUndefined();
    expect(read.diagnostics).toEqual([expect.objectContaining({ level: 'error', file, line: expect.any(Number), message: expect.stringMatching(/^is not valid YAML/) })]);
  });

  it('keeps the owner named, so that an ingest with one bad link still knows whose papers these are', async () => {
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Ines Moreau\nlinks:\n  Email: ines@example.org\n');
    await project.write('content/sources/oceans.bib', bibliography);
    const report = await project.run();
    expect(report.owner).toEqual({ name: 'Ines Moreau', source: 'profile.yaml' });
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file, line: 3, message: expect.stringMatching(/^`links.Email`: /) }));
  });
});

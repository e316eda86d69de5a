/**
 * Bibliographies through the whole ingest: what the BibTeX reading finds reaches the publication
 * files (and the schema), and author-less entries are listed in the report, not published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUpProjects, makeProject, repositoryRoot, validPublication } from './helpers.ts';

cleanUpProjects();

const fixture = (name: string) => readFileSync(join(repositoryRoot, 'tests/fixtures/bibliographies', name), 'utf8');

describe('ingesting real-world bibliographies', () => {
  it('writes type, volume, pages, names in parts, roles and al-folio display fields into the files', async () => {
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Ingrid Halvorsen\n');
    await project.write('content/sources/papers.bib', fixture('al-folio papers of a coastal ecologist.bib'));
    const report = await project.run();
    const files = [...(await project.publicationFiles()).values()];
    const kelp = files.find((file) => String(file.data['title']).startsWith('Kelp'));
    expect(kelp).toBeDefined();
    const publication = validPublication(kelp!.data);
    expect(publication).toMatchObject({
      type: 'article',
      volume: '712',
      issue: '3',
      pages: '45–61',
      abbr: 'MEPS',
      award: "Editor's Choice",
      preview: 'previews/kelp.png',
      bibtexShow: true,
      featured: true,
      doi: '10.3354/meps99901',
    });
    expect(publication.authorNames?.[0]).toEqual({ given: 'Ingrid', family: 'Halvorsen', roles: ['equal-contribution'] });
    expect(publication.links).not.toHaveProperty('project', 'https://doi.org/10.3354/meps99901');
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('lists the proceedings volume of a DBLP export with crossref as skipped, and makes no page for it', async () => {
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Marta Del Rosario\n');
    await project.write('content/sources/dblp.bib', fixture('dblp export, with crossref.bib'));
    const report = await project.run();
    const titles = [...(await project.publicationFiles()).values()].map((file) => file.data['title']);
    expect(titles).toHaveLength(3);
    expect(titles).not.toContain('Forty-first International Conference on Machine Learning, ICML 2024, Vienna, Austria, July 21-27, 2024');
    expect(report.skipped).toContainEqual({
      source: 'dblp.bib',
      line: 46,
      title: 'Forty-first International Conference on Machine Learning, ICML 2024, Vienna, Austria, July 21-27, 2024',
      reason: expect.stringContaining('has no authors'),
    });
  });

  it('reads a Windows-1252 bibliography with a warning, its accents intact', async () => {
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Inès Moreau\n');
    const latin1 = Uint8Array.from('@article{m, author = {Moreau, In\u00e8s}, title = {Caf\u00e9 Networks}, journal = {J}, year = 2020}\n', (character) => character.charCodeAt(0));
    await project.write('content/sources/old.bib', latin1);
    const report = await project.run();
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: 'old.bib', message: expect.stringContaining('read as Windows-1252') }));
    const [paper] = (await project.publicationFiles()).values();
    expect([paper?.data['title'], paper?.data['authors']]).toEqual(['Café Networks', ['Inès Moreau']]);
  });
});

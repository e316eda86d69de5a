/**
 * The owner's word on linkage, `content/merges.yaml`: `same:` joins records, `different:` keeps
 * them apart, on every later ingest, and undoing a merge keeps the hand edits of the publication
 * that keeps its slug.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkageFixtures } from '../../../scripts/bench/linkage.ts';
import { cleanUpProjects, makeProject } from './helpers.ts';

cleanUpProjects();

const physicist = () => makeProject({ copyContent: join(linkageFixtures, 'a condensed-matter physicist/content') });
const kagome = 'anomalous-hall-response-of-kagome-magnets-at-finite';

describe('content/merges.yaml', () => {
  it('undoes a merge with one `different:` line, keeping the hand edits of the publication that keeps its slug', async () => {
    const project = await physicist();
    const first = await project.run();
    const merge = first.merges.find((entry) => entry.slug === kagome);
    expect(merge?.records.map((entry) => `${entry.source}:${entry.line}`)).toEqual(['abstracts.txt:5', 'listing.txt:8', 'profile.txt:45']);
    const path = `content/publications/${kagome}.mdx`;
    await project.write(path, (await project.read(path)).replace('featured: false', 'featured: true').replace(/^topics:/m, 'featured: true\ntopics:'));

    await project.write('content/merges.yaml', 'different:\n  - ["arXiv:2305.04502", "Anomalous Hall Response of Kagome Magnets at Finite Temperature"]\n');
    const second = await project.run();
    expect(second.publications.total).toBe(first.publications.total + 1);
    const files = await project.publicationFiles();
    // The part holding more of what identified the publication (its arXiv id, two of its abstracts)
    // keeps the slug and the hand edit; the profile's record gets a page of its own.
    expect(files.get(kagome)?.data).toMatchObject({ featured: true, arxiv: '2305.04502', sources: ['abstracts.txt', 'listing.txt'] });
    const split = [...files.values()].find((file) => file.data['title'] === 'Anomalous Hall Response of Kagome Magnets at Finite Temperature');
    expect(split?.slug).not.toBe(kagome);
    expect(split?.data).toMatchObject({ sources: ['profile.txt'] });
    expect(split?.data['featured']).not.toBe(true);
    expect(split?.data['arxiv']).toBeUndefined();

    // And every later run respects it.
    const third = await project.run();
    expect(third.publications.total).toBe(second.publications.total);
    expect(third.publications.created).toEqual([]);
  });

  it('joins records the evidence keeps apart with `same:`, and reports the owner as the reason', async () => {
    const project = await physicist();
    const first = await project.run();
    await project.write('content/merges.yaml', 'same:\n  - ["Phonon Hydrodynamics in Thin Graphite", "Phonon hydrodynamics in thin graphite ribbons"]\n');
    const second = await project.run();
    expect(second.publications.total).toBe(first.publications.total - 1);
    const joined = second.merges.find((entry) => entry.evidence.some((link) => link.kind === 'owner'));
    expect(joined?.records.map((entry) => `${entry.source}:${entry.line}`).sort()).toEqual(['abstracts.txt:3', 'profile.txt:24', 'profile.txt:31', 'stream.txt:1']);
  });

  it('warns about a name that matches no record, and reports a malformed file by name', async () => {
    const project = await physicist();
    await project.write('content/merges.yaml', 'different:\n  - ["arXiv:9999.99999", "doi:10.5555/sces.2022.118"]\n');
    expect((await project.run()).diagnostics).toContainEqual({
      level: 'warning',
      file: 'content/merges.yaml',
      message: expect.stringContaining('"arXiv:9999.99999", which no record'),
    });
    await project.write('content/merges.yaml', 'same: [["only one name"]]\n');
    const report = await project.run();
    expect(report.diagnostics).toContainEqual({ level: 'error', file: 'content/merges.yaml', message: expect.stringContaining('the file was ignored') });
    expect(report.publications.total).toBe(8);
  });
});

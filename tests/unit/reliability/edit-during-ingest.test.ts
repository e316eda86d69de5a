import { describe, expect, it } from 'vitest';
import { CommandStopped } from '../../../src/lib/failure-message.ts';
import { runIngest } from '../../../scripts/ingest/run.ts';
import { cleanUpProjects, editTitle, expectIntact, ingestedProject } from './helpers.ts';

cleanUpProjects();

const newDocument = '@article{late, title = {Glacier Retreat Measured From Orbit}, author = {Quillfeather, Rowan}, year = {2025}}\n';

describe('an edit saved while the ingest runs', () => {
  it('is kept: the ingest notices it just before the swap, reads the collection again and merges', async () => {
    const project = await ingestedProject(20);
    // A paper with a title from its documents: editing a derived title also clears `titleDerived`.
    const slug = [...(await project.publicationFiles())].find(([, file]) => file.data['titleDerived'] !== true)?.[0] ?? '';
    await project.write('content/sources/late.bib', newDocument);
    let saves = 0;
    const report = await runIngest({
      root: project.root,
      onBeforeSwap: async () => {
        if (saves++ === 0) await editTitle(project, slug, 'Saved by the Editor Mid-Run');
      },
    });
    expect(saves).toBe(2);
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: `content/publications/${slug}.mdx`,
      message: 'changed while the ingest ran; it was read again and merged, so your edit is kept.',
    });
    expect(report.publications.created).toEqual(['glacier-retreat-measured-from-orbit']);
    await expectIntact(project, { count: 21, titles: new Map([[slug, 'Saved by the Editor Mid-Run']]) });
    // The next run sees the edit as the owner's own, and keeps it.
    const again = await project.run();
    expect(again.keptEdits).toContainEqual({ slug, fields: ['title'] });
  });

  it('notices a file the owner created, not only one they changed', async () => {
    const project = await ingestedProject(5);
    await project.write('content/sources/late.bib', newDocument);
    let saves = 0;
    await runIngest({
      root: project.root,
      onBeforeSwap: async () => {
        if (saves++ === 0) await project.write('content/publications/notes.md', 'my notes');
      },
    });
    expect(await project.read('content/publications/notes.md')).toBe('my notes');
  });

  it('stops with the file named, writing nothing, when the edits never stop', async () => {
    const project = await ingestedProject(5);
    const slug = [...(await project.publicationFiles()).keys()][0] ?? '';
    await project.write('content/sources/late.bib', newDocument);
    let saves = 0;
    const run = runIngest({
      root: project.root,
      onBeforeSwap: () => editTitle(project, slug, `Edit number ${++saves}`),
    });
    await expect(run).rejects.toThrow(CommandStopped);
    await expect(run).rejects.toThrow(`content/publications/${slug}.mdx changed while the ingest ran, 3 times over; nothing was written and your version is kept.`);
    await expectIntact(project, { count: 5, titles: new Map([[slug, 'Edit number 3']]) });
  });
});

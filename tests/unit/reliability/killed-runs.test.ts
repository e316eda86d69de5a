import { describe, expect, it } from 'vitest';
import { cleanUpProjects, editTitle, expectIntact, ingestedProject, startIngest } from './helpers.ts';

cleanUpProjects();

describe('an ingest killed with `kill -9`', { timeout: 120_000 }, () => {
  it('never costs a hand edit or a paper, whenever it dies: the next run recovers', async () => {
    const project = await ingestedProject(120);
    const slugs = [...(await project.publicationFiles()).keys()];
    const titles = new Map([
      [slugs[0] ?? '', 'Kept Through Every Crash'],
      [slugs[60] ?? '', 'Also Kept Through Every Crash'],
    ]);
    for (const [slug, title] of titles) await editTitle(project, slug, title);
    let count = slugs.length;
    // From start-up to the swap itself: an ingest of 120 papers takes about a second here.
    for (const [index, delay] of [80, 250, 400, 550, 700, 850, 1000, 1300].entries()) {
      await project.write(
        `content/sources/added ${index}.bib`,
        `@article{a${index}, title = {Wave Loads on Offshore Platform Number ${index}}, author = {Quillfeather, Rowan}, year = {2024}}\n`,
      );
      count += 1;
      const run = startIngest(project.root);
      await new Promise((resolve) => setTimeout(resolve, delay));
      run.child.kill('SIGKILL');
      await run.done;

      const report = await project.run();
      expect(report.publications.total).toBe(count);
      await expectIntact(project, { count, titles });
    }
  });
});

/**
 * Bodies are checked where they are written: the ingest reads every body as the build will (MDX,
 * `src/lib/mdx-body.ts`) and names the file and line of text MDX cannot take; the owner's text is
 * never changed behind their back. Text from documents is written escaped, so it always reads.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import { abstractTree } from '../../../scripts/ingest/render/abstract-tree.ts';
import { renderBody } from '../../../scripts/ingest/render/mdx.ts';
import { checkMdxBody } from '../../../src/lib/mdx-body.ts';
import { cleanUpProjects, fixturesRoot, makeProject, mdxTree, visibleText } from './helpers.ts';

cleanUpProjects();

/** Errors about publication files (the fixture also holds a document in no known format, on purpose). */
const bodyErrors = (report: IngestReport) =>
  report.diagnostics.filter(
    (diagnostic) => diagnostic.level === 'error' && diagnostic.file.startsWith('content/publications/'),
  );

const goodSources = join(fixturesRoot, 'second researcher/content');

/** The second researcher's project, ingested once, with one file's body replaced by `body`. */
async function projectWithHandEditedBody(body: string) {
  const project = await makeProject({ copyContent: goodSources });
  await project.run();
  const [file] = [...(await project.publicationFiles()).values()];
  if (!file) throw new Error('no publication');
  const edited = file.text.slice(0, file.text.length - file.body.length) + body;
  const path = `content/publications/${file.slug}.mdx`;
  await project.write(path, edited);
  return {
    project,
    path,
    edited,
    lineOf: (text: string) => edited.split('\n').findIndex((line) => line.includes(text)) + 1,
  };
}

describe('a hand-edited body the build cannot read', () => {
  it.each([
    ['a heart', 'we <3 this', 'Unexpected character `3`'],
    ['an unfinished expression', 'the bound is {1+} at most', 'Could not parse expression with acorn'],
    ['a stray closing tag', 'a sentence </p> that ends early', 'Unexpected closing slash'],
  ])('reports %s with its file and line, and keeps the owner’s text as written', async (_case, text, reason) => {
    const { project, path, edited, lineOf } = await projectWithHandEditedBody(
      `A first paragraph of the owner’s own.\n\n${text}\n`,
    );
    const report = await project.run();
    const errors = bodyErrors(report);
    expect(errors).toEqual([
      { level: 'error', file: path, line: lineOf(text), message: expect.stringContaining(reason) },
    ]);
    expect(errors[0]?.message).toMatch(/will not build until it is fixed/);
    expect(await project.read(path)).toBe(edited);
  });
});

describe('a hand-edited body with a component', () => {
  it('is read without error and kept byte for byte on the next ingest', async () => {
    const body = [
      "import Figure from '../components/Figure.astro';",
      '',
      'The owner’s own summary, with $x^2$ and the set {x | x > 0}.',
      '',
      '<Figure caption="Results on the held-out split" />',
      '',
    ].join('\n');
    const { project, path, edited } = await projectWithHandEditedBody(body);
    const report = await project.run();
    expect(bodyErrors(report)).toEqual([]);
    expect(await project.read(path)).toBe(edited);
    const again = await project.run();
    expect(bodyErrors(again)).toEqual([]);
    expect(await project.read(path)).toBe(edited);
  });
});

describe('text from documents that MDX cannot take as written', () => {
  it('is written escaped, reads back as MDX, and shows the same text', () => {
    const abstract = 'we <3 this, {1+} is not code, a stray </p> stays, and {x | x > 0} is a set.';
    const body = renderBody(abstractTree(abstract));
    const check = checkMdxBody(body);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.usesMdx).toBe(false);
    expect(visibleText(mdxTree(body))).toBe(abstract);
  });
});

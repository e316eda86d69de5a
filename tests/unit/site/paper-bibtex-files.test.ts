/** The papers' own `.bib` files, written by the build as files rather than routes. */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperBibtexFiles, paperBibtexTexts } from '../../../src/integrations/paper-bibtex-files.ts';
import { citationKeysOf } from '../../../src/lib/citation-keys.ts';
import { readPublicationViews } from '../../../src/lib/read-publication-views.ts';
import { contentPaths } from '../../../src/lib/content-paths.ts';

const paper = (title: string, date: string, extra = '') =>
  `---\ntitle: "${title}"\nauthors: ["Mirela Ostrowska", "Kwame Adjei"]\ndate: "${date}"\nvenue: "Journal of Glaciology"\ntype: article\n${extra}---\n\nWe measure how fast the ice moves.\n`;

describe('the papers’ BibTeX files', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'paper-bib-'));
    await writeFile(join(folder, 'ice-flow.mdx'), paper('Ice Flow at the Margin', '2024-04'));
    await writeFile(join(folder, 'ice-flow-two.mdx'), paper('Ice Flow at the Margin, Again', '2024-02'));
    await writeFile(join(folder, 'hidden-note.mdx'), paper('A Hidden Note', '2022-01', 'hidden: true\n'));
    await writeFile(join(folder, 'broken.mdx'), '---\ntitle: [unclosed\n---\n');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('are one per shown paper, next to its page, with the keys the whole collection gives them', async () => {
    const files = await paperBibtexTexts(folder, '/');
    expect(files.map((file) => file.path)).toEqual(['publications/ice-flow.bib', 'publications/ice-flow-two.bib']);
    const keys = citationKeysOf(await readPublicationViews(folder));
    for (const { path, text } of files) {
      const slug = path.replace(/^publications\/|\.bib$/g, '');
      expect(text.split('\n')[0]).toBe(`@article{${keys.get(slug)},`);
    }
    // Two papers with the same first author, year and first title word still get distinct keys.
    expect(new Set(keys.values()).size).toBe(2);
    expect(files[0]?.text).toContain('title = {Ice Flow at the Margin}');
    expect(files[0]?.text).toContain('journal = {Journal of Glaciology}');
  });

  it('are written once the pages are, kept as outputs, and left alone when unchanged', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'paper-bib-out-'));
    try {
      const integration = paperBibtexFiles();
      const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
      const logger = {} as AstroIntegrationLogger;
      hooks['astro:config:done']?.({ config: { base: '/' }, logger });
      await hooks['astro:build:generated']?.({ dir: pathToFileURL(`${outDir}/`), logger });
      // The project's own collection: the hook reads it where the build does.
      const expected = await paperBibtexTexts(contentPaths.publications, '/');
      expect(expected.length).toBeGreaterThan(0);
      const first = join(outDir, expected[0]?.path ?? '');
      expect(await readFile(first, 'utf8')).toBe(expected[0]?.text);
      expect(integration.isOutput(first)).toBe(true);
      expect(integration.isOutput(join(outDir, 'publications/not-a-paper.bib'))).toBe(false);
      const before = await stat(first);
      await hooks['astro:build:generated']?.({ dir: pathToFileURL(`${outDir}/`), logger });
      expect((await stat(first)).mtimeMs).toBe(before.mtimeMs);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

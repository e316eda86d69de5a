import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCollection, placeFile } from '../../../src/integrations/social-images.ts';

describe('the cards a build draws', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cards-'));
    const paper = (title: string, extra = '') =>
      `---\ntitle: "${title}"\nauthors: ["A. One", "B. Two", "C. Three", "D. Four", "E. Five"]\ndate: "2024-03"\nvenue: "ICML 2024"\n${extra}---\n\nAbstract.\n`;
    await writeFile(join(folder, 'shown-paper.mdx'), paper('Shown Paper'));
    await writeFile(join(folder, 'hidden.mdx'), paper('Hidden Paper', 'hidden: true\n'));
    await writeFile(join(folder, 'broken.mdx'), '---\ntitle: [unclosed\n---\n');
    await writeFile(join(folder, 'notes.txt'), 'not a publication');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('are those of the papers the site shows, under their pages’ slugs, as their pages build them', async () => {
    const cards = await drawCollection(folder);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.slug).toBe('shown-paper');
    expect(cards[0] && 'file' in cards[0] && existsSync(cards[0].file)).toBe(true);
    expect(cards[0]?.card).toMatchObject({
      title: 'Shown Paper',
      authors: 'A. One, B. Two, C. Three, D. Four et al.',
      meta: expect.stringContaining('ICML 2024'),
    });
  });

  it('are placed in the build’s folder as they are drawn, as links to the cached files', async () => {
    const outDir = join(folder, 'dist.next');
    const cards = await drawCollection(folder, outDir);
    const target = join(outDir, 'publications', 'shown-paper', 'social.png');
    expect(cards).toEqual([expect.objectContaining({ slug: 'shown-paper', placed: target })]);
    const cached = cards[0] && 'file' in cards[0] ? cards[0].file : '';
    expect((await stat(target)).ino).toBe((await stat(cached)).ino);
    expect(existsSync(join(outDir, 'publications', 'hidden'))).toBe(false);
  });
});

describe('placing a cached card in dist/', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'place-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('links the cached file, leaves an unchanged card alone, and replaces a changed one', async () => {
    const first = join(folder, 'cache-first.png');
    const second = join(folder, 'cache-second.png');
    await writeFile(first, 'first card');
    await writeFile(second, 'second card');
    const target = join(folder, 'dist', 'publications', 'a-paper', 'social.png');

    await placeFile(first, target);
    expect((await stat(target)).ino).toBe((await stat(first)).ino);
    const placed = await stat(target);

    await placeFile(first, target);
    const again = await stat(target);
    expect([again.ino, again.mtimeMs, again.ctimeMs]).toEqual([placed.ino, placed.mtimeMs, placed.ctimeMs]);

    await placeFile(second, target);
    expect(await readFile(target, 'utf8')).toBe('second card');
    // The cache file it replaced is untouched.
    expect(await readFile(first, 'utf8')).toBe('first card');
  });
});

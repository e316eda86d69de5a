import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOfCollection } from '../../../src/integrations/warm-social-images.ts';

describe('cards drawn ahead of the build', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cards-'));
    const paper = (title: string, extra = '') =>
      `---\ntitle: "${title}"\nauthors: ["A. One", "B. Two", "C. Three", "D. Four", "E. Five"]\ndate: "2024-03"\nvenue: "ICML 2024"\n${extra}---\n\nAbstract.\n`;
    await writeFile(join(folder, 'shown.mdx'), paper('Shown Paper'));
    await writeFile(join(folder, 'hidden.mdx'), paper('Hidden Paper', 'hidden: true\n'));
    await writeFile(join(folder, 'broken.mdx'), '---\ntitle: [unclosed\n---\n');
    await writeFile(join(folder, 'notes.txt'), 'not a publication');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('are those of the papers the site shows, as their pages build them', async () => {
    const cards = await cardsOfCollection(folder);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      title: 'Shown Paper',
      authors: 'A. One, B. Two, C. Three, D. Four et al.',
      meta: expect.stringContaining('ICML 2024'),
    });
  });
});

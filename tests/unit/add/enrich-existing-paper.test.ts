/**
 * Issue 5, part 3: adding the arXiv record of a paper the site already lists (from a profile page,
 * without an id) enriches that publication in place. Same slug, same URL, no duplicate, hand edits
 * kept; the publication gains the id, links, full author list and venue.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/lib/yaml.ts';
import { runAdd } from '../../../scripts/add/run-add.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import { runIngest } from '../../../scripts/ingest/run.ts';

const profilePage = `Ada Lovelace

LG
h-index12
2papers
300citations

2 Papers

LGOct 2, 2023
Self-Rewarding Retrieval for Long-Context Question Answering

Ada Lovelace et al.

We study retrieval for long-context question answering and show that a model can reward its own retrieval choices.

CLMar 3, 2022
Notes on the Analytical Engine and the Computation of Bernoulli Numbers

Ada Lovelace, Charles Babbage

We describe how the analytical engine computes Bernoulli numbers, with a table of the operations and the variables they act on.
`;

let root = '';
const publications = () => join(root, 'content/publications');
const mdxFiles = async () => (await readdir(publications())).filter((name) => name.endsWith('.mdx')).sort();
async function frontmatter(slug: string): Promise<Record<string, unknown>> {
  const text = await readFile(join(publications(), `${slug}.mdx`), 'utf8');
  return readYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

describe('adding the arXiv record of a paper the site already lists', () => {
  let slug = '';
  let filesBefore: string[] = [];
  let before: Record<string, unknown> = {};

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'enrich-'));
    await mkdir(join(root, 'content/sources'), { recursive: true });
    await writeFile(join(root, 'content/sources/profile.txt'), profilePage);
    await runIngest({ root });
    filesBefore = await mdxFiles();
    for (const file of filesBefore) {
      if (
        (await frontmatter(file.replace(/\.mdx$/, ''))).title ===
        'Self-Rewarding Retrieval for Long-Context Question Answering'
      )
        slug = file.replace(/\.mdx$/, '');
    }
    before = await frontmatter(slug);
    // A hand edit, as an owner would make it.
    const path = join(publications(), `${slug}.mdx`);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/^---\n/, '---\nfeatured: true\n'));

    const response = new Uint8Array(
      await readFile(join(import.meta.dirname, '../../fixtures/arxiv-atom/comment with a venue and a code link.xml')),
    );
    const code = await runAdd(['https://arxiv.org/abs/2310.01234v2'], {
      root,
      cwd: root,
      fetch: async () => new Response(response),
      formats: documentFormats,
      out: () => {},
      err: () => {},
      build: async () => 0,
    });
    expect(code).toBe(0);
    await runIngest({ root });
  }, 60_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('started out without an id, a venue or the full author list', () => {
    expect(slug).not.toBe('');
    expect(filesBefore).toHaveLength(2);
    expect(before).toMatchObject({ authors: ['Ada Lovelace'], authorsTruncated: true });
    expect(before).not.toHaveProperty('arxiv');
    expect(before).not.toHaveProperty('venue');
  });

  it('keeps the slug and does not duplicate the paper', async () => {
    expect(await mdxFiles()).toEqual(filesBefore);
  });

  it('gains the arXiv id, links, full author list and venue', async () => {
    const data = await frontmatter(slug);
    expect(data).toMatchObject({
      title: 'Self-Rewarding Retrieval for Long-Context Question Answering',
      authors: ['Ada Lovelace', 'Alan Turing'],
      arxiv: '2310.01234',
      venue: 'ICLR 2024',
      links: {
        pdf: 'https://arxiv.org/pdf/2310.01234',
        code: 'https://github.com/example-lab/self-rewarding-retrieval',
      },
      sources: expect.arrayContaining(['arxiv-2310.01234.xml', 'profile.txt']),
    });
    expect(data['authorsTruncated']).toBeFalsy();
  });

  it('keeps the hand edit', async () => {
    expect((await frontmatter(slug))['featured']).toBe(true);
  });
});

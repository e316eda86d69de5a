import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOwnPages, reservedSlugs, slugProblems, type OwnPage } from '../../../src/lib/own-pages.ts';
import { navigationEntries } from '../../../src/lib/site-navigation.ts';

const folders: string[] = [];
function pagesFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'own-pages-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const page = (slug: string, title = slug, order?: number): OwnPage => ({
  slug,
  file: `content/pages/${slug}.mdx`,
  data: { title, nav: true, ...(order === undefined ? {} : { order }) },
});

describe('readOwnPages', () => {
  it('orders pages by their frontmatter, unnumbered ones last by title, and skips other files', () => {
    const folder = pagesFolder({
      'teaching.mdx': '---\ntitle: Teaching\norder: 2\n---\nCourses.',
      'group.mdx': '---\ntitle: Lab members\norder: 1\n---\nWho we are.',
      'software.mdx': '---\ntitle: Software\n---\nTools.',
      'datasets.mdx': '---\ntitle: Datasets\n---\nData.',
      '_draft.mdx': '---\ntitle: Draft\n---\n',
      'notes.txt': 'not a page',
    });
    expect(readOwnPages(folder).map((entry) => [entry.slug, entry.data.title])).toEqual([
      ['group', 'Lab members'],
      ['teaching', 'Teaching'],
      ['datasets', 'Datasets'],
      ['software', 'Software'],
    ]);
  });

  it('names every file whose frontmatter does not fit', () => {
    const folder = pagesFolder({
      'outreach.mdx': '---\norder: 3\n---\nNo title.',
      'press.mdx': '---\ntitle: Press\ncolour: red\n---\n',
    });
    expect(() => readOwnPages(folder)).toThrow(
      new RegExp(`${folder}/outreach\\.mdx: title: .*\\n${folder}/press\\.mdx: frontmatter: .*colour`),
    );
  });

  it('reads no pages when there is no folder', () => {
    expect(readOwnPages(join(tmpdir(), 'no-such-folder-for-pages'))).toEqual([]);
  });
});

describe('reservedSlugs', () => {
  it("derives the site's own first URL segments from src/pages and public/", () => {
    const reserved = reservedSlugs();
    for (const slug of ['publications', 'topics', 'page', 'embed', 'cv', 'feed', 'search-index', '404', 'favicon'])
      expect(reserved, slug).toContain(slug);
    expect(reserved).not.toContain('[slug]');
  });

  it('follows the folders it reads: a new route is reserved without a list to update', () => {
    const root = mkdtempSync(join(tmpdir(), 'routes-'));
    folders.push(root);
    mkdirSync(join(root, 'pages', 'news'), { recursive: true });
    writeFileSync(join(root, 'pages', 'people.json.ts'), '');
    writeFileSync(join(root, 'pages', '[slug].astro'), '');
    expect([...reservedSlugs(join(root, 'pages'), join(root, 'public'))].sort()).toEqual(['_astro', 'news', 'people']);
  });
});

describe('slugProblems', () => {
  it('refuses a page named like one of the site’s routes, naming the file', () => {
    expect(slugProblems([page('teaching'), page('topics')], new Set(['topics', 'cv']))).toEqual([
      "content/pages/topics.mdx: /topics/ is taken by the site's own pages; rename the file (for example my-topics.mdx)",
    ]);
  });

  it('refuses a file name that cannot be a URL segment', () => {
    expect(slugProblems([page('Group Page')], new Set())).toEqual([
      'content/pages/Group Page.mdx: "Group Page" cannot be a URL; name the file in lower-case words joined by hyphens (for example my-group.mdx)',
    ]);
  });
});

describe('navigationEntries', () => {
  it('adds the CV when there is one, then the pages in order, leaving out those with nav: false', () => {
    const hidden = { ...page('imprint', 'Imprint'), data: { title: 'Imprint', nav: false } };
    expect(
      navigationEntries({ cv: true, pages: [page('group', 'Group', 1), hidden, page('teaching', 'Teaching', 2)] }).map(
        (entry) => `${entry.label} ${entry.path}`,
      ),
    ).toEqual(['Publications #publications', 'Topics topics/', 'CV cv/', 'Group group/', 'Teaching teaching/']);
    expect(navigationEntries({ cv: false, pages: [] }).map((entry) => entry.key)).toEqual(['publications', 'topics']);
  });
});

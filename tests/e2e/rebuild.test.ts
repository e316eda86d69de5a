/**
 * Rebuilding into an existing `dist/`: unchanged pages are left as they are (incremental build),
 * pages whose data changed are rendered again, and whatever the new build no longer produces (a
 * removed or hidden paper, a stray file) is deleted.
 */
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

function paper(title: string, venue: string, topics: string[] = []): string {
  return [
    '---',
    `title: "${title}"`,
    'authors: ["Rae Builder", "Ann Other"]',
    'date: "2024-05-01"',
    `venue: "${venue}"`,
    `topics: ${JSON.stringify(topics)}`,
    'sources: [fixture.txt]',
    '---',
    '',
    `About ${title}.`,
    '',
  ].join('\n');
}

function topics(graphsLabel: string, extra = ''): string {
  return `topics:\n  - { slug: graphs, label: ${graphsLabel}, keywords: [graph] }\n${extra}`;
}

/** Reading the built site: a file's path, its modification time, its text. */
function builtFiles(outDir: () => string) {
  const at = (path: string) => join(outDir(), path);
  return {
    at,
    modified: (path: string) => statSync(at(path)).mtimeMs,
    read: (path: string) => readFileSync(at(path), 'utf8'),
  };
}

describe('rebuilding an existing site', () => {
  let project: ScratchProject;
  let outDir = '';
  const { at, modified, read } = builtFiles(() => outDir);

  beforeAll(async () => {
    project = await createScratchProject({
      'content/profile.yaml': 'name: Rae Builder\n',
      'content/topics.yaml': topics('Graph Learning'),
      'content/publications/steady-paper.mdx': paper('A Steady Paper', 'ICML 2024', ['graphs']),
      'content/publications/edited-paper.mdx': paper('A Paper Soon Edited', 'ICML 2024'),
      'content/publications/removed-paper.mdx': paper('A Paper Soon Removed', 'ICML 2024'),
      'content/publications/hidden-paper.mdx': paper('A Paper Soon Hidden', 'ICML 2024'),
    });
    outDir = project.build();
  });

  afterAll(() => project?.remove());

  it('leaves unchanged pages alone, renders changed ones, and removes what is gone', () => {
    const steady = [
      'publications/steady-paper/index.html',
      'publications/steady-paper/social.png',
      'publications/steady-paper.bib',
    ];
    const before = new Map(steady.map((path) => [path, modified(path)]));
    const editedBefore = modified('publications/edited-paper/index.html');
    const editedCardBefore = readFileSync(at('publications/edited-paper/social.png'));
    for (const slug of ['removed-paper', 'hidden-paper'])
      expect(existsSync(at(`publications/${slug}/index.html`))).toBe(true);

    const publications = join(project.root, 'content/publications');
    writeFileSync(join(publications, 'edited-paper.mdx'), paper('A Paper Soon Edited', 'NeurIPS 2024'));
    rmSync(join(publications, 'removed-paper.mdx'));
    writeFileSync(
      join(publications, 'hidden-paper.mdx'),
      paper('A Paper Soon Hidden', 'ICML 2024').replace('topics: []', 'topics: []\nhidden: true'),
    );
    // Something no build produces, such as a page left by an older version of the site.
    mkdirSync(at('old-section'), { recursive: true });
    writeFileSync(at('old-section/index.html'), '<p>stale</p>');
    project.build();

    for (const path of steady) expect(modified(path), path).toBe(before.get(path));
    expect(modified('publications/edited-paper/index.html')).toBeGreaterThan(editedBefore);
    expect(read('publications/edited-paper/index.html')).toContain('NeurIPS 2024');
    // The card shows the venue, so it is drawn again.
    expect(readFileSync(at('publications/edited-paper/social.png')).equals(editedCardBefore)).toBe(false);
    for (const slug of ['removed-paper', 'hidden-paper']) {
      expect(existsSync(at(`publications/${slug}/index.html`)), slug).toBe(false);
      expect(existsSync(at(`publications/${slug}/social.png`)), slug).toBe(false);
      expect(existsSync(at(`publications/${slug}.bib`)), slug).toBe(false);
      expect(existsSync(at(`publications/${slug}`)), `empty folder of ${slug}`).toBe(false);
      expect(read('sitemap-0.xml')).not.toContain(`/publications/${slug}/`);
    }
    expect(existsSync(at('old-section'))).toBe(false);
    // Bundled styles and scripts of this build are kept.
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(read('index.html'))?.[1];
    expect(stylesheet && existsSync(at(stylesheet))).toBe(true);
  });

  it('renders every page again when a site-wide setting changes', () => {
    const before = read('publications/steady-paper/index.html');
    writeFileSync(join(project.root, 'content/profile.yaml'), 'name: Rae B. Builder\n');
    project.build();
    const after = read('publications/steady-paper/index.html');
    expect(before).not.toContain('Rae B. Builder');
    expect(after).toContain('Rae B. Builder');
  });

  it('renders a paper page again when the label of one of its topics changes, and not for other topics', () => {
    const taxonomy = join(project.root, 'content/topics.yaml');
    const page = 'publications/steady-paper/index.html';
    writeFileSync(taxonomy, topics('Graph Learning', '  - { slug: robots, label: Robots, keywords: [robot] }\n'));
    const before = modified(page);
    project.build();
    expect(modified(page)).toBe(before);
    writeFileSync(taxonomy, topics('Learning on Graphs'));
    project.build();
    expect(read(page)).toContain('Learning on Graphs');
    expect(read(page)).not.toContain('Graph Learning');
  });
});

describe('rebuilding the lists', () => {
  let project: ScratchProject;
  let outDir = '';
  const { modified, read } = builtFiles(() => outDir);
  const dated = (title: string, date: string, topic: string) =>
    paper(title, 'ICML 2024', [topic]).replace('date: "2024-05-01"', `date: "${date}"`);
  const taxonomy = (graphsLabel: string) =>
    topics(graphsLabel, '  - { slug: robots, label: Robot Hands, keywords: [robot] }\n');

  beforeAll(async () => {
    // Two papers a page: the full list has three pages, "graphs" two, "robots" one.
    project = await createScratchProject({
      'content/profile.yaml': 'name: Rae Builder\npageSize: 2\n',
      'content/topics.yaml': taxonomy('Graph Learning'),
      'content/publications/first.mdx': dated('First Graph Paper', '2024-05-01', 'graphs'),
      'content/publications/second.mdx': dated('Second Graph Paper', '2024-04-01', 'graphs'),
      'content/publications/third.mdx': dated('First Robot Paper', '2024-03-01', 'robots'),
      'content/publications/fourth.mdx': dated('Third Graph Paper', '2024-02-01', 'graphs'),
      'content/publications/fifth.mdx': dated('Second Robot Paper', '2024-01-01', 'robots'),
    });
    outDir = project.build();
  });

  afterAll(() => project?.remove());

  it('renders again only the list pages that show a changed paper', () => {
    const unchanged = ['page/2/index.html', 'topics/graphs/index.html', 'topics/graphs/page/2/index.html'];
    const changed = ['page/3/index.html', 'topics/robots/index.html'];
    const before = new Map([...unchanged, ...changed].map((path) => [path, modified(path)]));
    for (const path of changed) expect(read(path)).not.toContain('CoRL 2024');

    writeFileSync(
      join(project.root, 'content/publications/fifth.mdx'),
      dated('Second Robot Paper', '2024-01-01', 'robots').replace('ICML 2024', 'CoRL 2024'),
    );
    project.build();

    for (const path of unchanged) expect(modified(path), path).toBe(before.get(path));
    for (const path of changed) {
      expect(modified(path), path).toBeGreaterThan(before.get(path) ?? Infinity);
      expect(read(path), path).toContain('CoRL 2024');
    }
  });

  it('keeps the files of every paper (BibTeX, CSL-JSON) when no paper changes, and writes them again when one does', () => {
    const files = ['publications.bib', 'publications.csl.json'];
    const before = new Map(files.map((path) => [path, modified(path)]));
    project.build();
    for (const path of files) expect(modified(path), path).toBe(before.get(path));

    writeFileSync(
      join(project.root, 'content/publications/first.mdx'),
      dated('First Graph Paper', '2024-05-01', 'graphs').replace('ICML 2024', 'ICLR 2024'),
    );
    project.build();
    for (const path of files) {
      expect(modified(path), path).toBeGreaterThan(before.get(path) ?? Infinity);
      expect(read(path), path).toContain('ICLR 2024');
    }
  });

  it('renders the lists again when a topic label they show changes', () => {
    expect(read('page/2/index.html')).toContain('Graph Learning');
    writeFileSync(join(project.root, 'content/topics.yaml'), taxonomy('Learning on Graphs'));
    project.build();
    for (const path of ['page/2/index.html', 'topics/graphs/index.html', 'topics/graphs/page/2/index.html']) {
      expect(read(path), path).toContain('Learning on Graphs');
      expect(read(path), path).not.toContain('Graph Learning');
    }
  });
});

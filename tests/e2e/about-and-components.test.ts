/**
 * A site written as a researcher writes it: an About page in MDX (a link, math, a relative image
 * and a component), news items, and a paper whose body imports a component from
 * `content/components/`. Then the two ways such a site breaks: a body MDX cannot read, and a
 * component that does not compile; each build stops, naming the file and line.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

const shipped = (name: string) => readFileSync(join(process.cwd(), 'content/components', name), 'utf8');

const profile = 'name: Inés Moreau\nheadline: Oceanographer\n';

const about = `---
---

I study how **tides** move heat, with models where $E = mc^2$ never appears. My papers are
[listed below](#publications), next to [my poster](/files/poster.pdf) and
[a reading list](/files/reading-list.pdf).

![A tide gauge chart](./images/chart.png)

<Note title="Joining the group">Students who like water are welcome.</Note>
`;

const paperBody = [
  "import Figure from '../components/Figure.astro';",
  "import chart from '../images/chart.png';",
  '',
  'We measure tides along the coast for the set {x | x > 0} of days.',
  '',
  '<Figure src={chart} alt="Tide heights by hour" caption="Tide heights over one day at the northern gauge." />',
  '',
  '<Note>Data are on request.</Note>',
  '',
].join('\n');

const paper = `---
title: "Tidal Heat Transport Along Rocky Coasts"
authors: ["Inés Moreau", "Tomasz Wielgosz"]
date: "2025-09-01"
venue: "Advances in Neural Information Processing Systems (NeurIPS)"
topics: []
sources: [hand.txt]
---

${paperBody}`;

const news = (date: string, text: string) => `---\ndate: "${date}"\n---\n\n${text}\n`;

describe('an About page, news, and components in a paper', () => {
  let project: ScratchProject;
  let outDir: string;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    project = await createScratchProject({
      'content/profile.yaml': profile,
      'content/about.mdx': about,
      'content/components/Figure.astro': shipped('Figure.astro'),
      'content/components/Note.astro': shipped('Note.astro'),
      'content/publications/tidal-heat.mdx': paper,
      'content/news/first-cruise.md': news('2024-04-02', 'Back from the first cruise.'),
      'content/news/grant.md': news(
        '2025-01-15',
        'The group received a grant for [tide gauges](https://example.org/gauges).',
      ),
      'content/news/workshop.md': news('2025-06-20', 'A workshop on coastal models.'),
      'content/news/accepted.md': news('2025-09-25', 'Our tidal heat paper was accepted at NeurIPS 2025.'),
      'public/files/poster.pdf': '%PDF-1.4 poster',
    });
    const chart = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 110, b: 150 } },
    })
      .png()
      .toBuffer();
    await mkdir(join(project.root, 'content/images'), { recursive: true });
    await writeFile(join(project.root, 'content/images/chart.png'), chart);
    outDir = project.build();
    browser = await launchBrowser();
    server = await serveDirectory(outDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await project?.remove();
  });

  it('renders the component a paper body imports, with its image optimised at build', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/publications/tidal-heat/`);
    const figure = page.locator('.paper-body figure');
    await expect(figure.locator('figcaption').textContent()).resolves.toBe(
      'Tide heights over one day at the northern gauge.',
    );
    const src = await figure.locator('img').getAttribute('src');
    expect(src).toMatch(/^\/_astro\/chart\.[\w-]+\.webp$/);
    await expect(
      figure.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    ).resolves.toBe(true);
    // A component from content/components/ needs no import.
    await expect(page.locator('.paper-body aside').textContent()).resolves.toContain('Data are on request.');
    await expect(page.locator('.paper-body').textContent()).resolves.toContain('for the set {x | x > 0} of days.');
    await close();
  });

  it('shows the full venue on the paper page and the short one in lists', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/publications/tidal-heat/`);
    await expect(page.locator('.paper-kicker .pub-venue').textContent()).resolves.toBe(
      'Advances in Neural Information Processing Systems (NeurIPS)',
    );
    await close();
    const home = await openPage(browser, `${server.origin}/`);
    await expect(home.page.locator('#publications .pub-venue').first().textContent()).resolves.toBe('NeurIPS 2025');
    await home.close();
  });

  it('shows the About page under the name: text, link, math, image and component', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const aboutText = page.locator('.profile .profile-about');
    await expect(aboutText.locator('strong').textContent()).resolves.toBe('tides');
    await expect(aboutText.locator('a[href="#publications"]').textContent()).resolves.toBe('listed below');
    await expect(aboutText.locator('.katex').count()).resolves.toBe(1);
    await expect(aboutText.locator('img').getAttribute('src')).resolves.toMatch(/^\/_astro\/chart\.[\w-]+\.webp$/);
    await expect(aboutText.locator('aside').textContent()).resolves.toContain('Students who like water are welcome.');
    await close();
  });

  it('lists the latest three news items on the home page, newest first, and all of them on /news/', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    await expect(page.locator('.news time').allTextContents()).resolves.toEqual([
      '25 September 2025',
      '20 June 2025',
      '15 January 2025',
    ]);
    await page.locator('.news-more a').click();
    await page.waitForURL(/\/news\/$/);
    await expect(page.locator('.news-list time').allTextContents()).resolves.toEqual([
      '25 September 2025',
      '20 June 2025',
      '15 January 2025',
      '2 April 2024',
    ]);
    await expect(page.locator('#news-grant a').getAttribute('href')).resolves.toBe('https://example.org/gauges');
    await close();
  });

  it('serves the files put in public/, and warns of a link to one that is not there', () => {
    expect(readFileSync(join(outDir, 'files/poster.pdf'), 'utf8')).toBe('%PDF-1.4 poster');
    const warnings = project
      .buildLog()
      .split('\n')
      .filter((line) => line.includes('which the site does not have'));
    expect(warnings).toEqual([expect.stringContaining('index.html links to /files/reading-list.pdf, which the site')]);
  });

  it('puts the news in the feed next to the paper', () => {
    const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Our tidal heat paper was accepted at NeurIPS 2025.</title>');
    expect(feed).toContain('/news/#news-first-cruise</link>');
    expect(feed).toContain('<title>Tidal Heat Transport Along Rocky Coasts</title>');
  });

  it('stops the build on a body MDX cannot read, naming the file and line', async () => {
    const broken = paper.replace('<Note>Data are on request.</Note>', '<Note>Data are on request.');
    await writeFile(join(project.root, 'content/publications/tidal-heat.mdx'), broken);
    const line = broken.split('\n').findIndex((text) => text.startsWith('<Note>')) + 1;
    expect(() => project.build()).toThrow(
      new RegExp(`content/publications/tidal-heat\\.mdx:${line}:\\d+: the body is not valid MDX`),
    );
    await writeFile(join(project.root, 'content/publications/tidal-heat.mdx'), paper);
  });

  it('stops the build on a component used but neither imported nor in content/components/, naming the file and line', async () => {
    const misspelt = paper.replace('<Note>', '<Notes>').replace('</Note>', '</Notes>');
    await writeFile(join(project.root, 'content/publications/tidal-heat.mdx'), misspelt);
    const line = misspelt.split('\n').findIndex((text) => text.startsWith('<Notes>')) + 1;
    expect(() => project.build()).toThrow(`content/publications/tidal-heat.mdx:${line}: the body uses <Notes>`);
    await writeFile(join(project.root, 'content/publications/tidal-heat.mdx'), paper);
  });

  it('stops the build on a component that does not compile, naming the component’s file and line', async () => {
    const figure = shipped('Figure.astro');
    const brokenFigure = figure.replace(
      '{caption && <figcaption>{caption}</figcaption>}',
      '{caption && <figcaption>{caption</figcaption>}',
    );
    expect(brokenFigure).not.toBe(figure);
    await writeFile(join(project.root, 'content/components/Figure.astro'), brokenFigure);
    const line = brokenFigure.split('\n').findIndex((text) => text.includes('{caption</figcaption>')) + 1;
    expect(() => project.build()).toThrow(new RegExp(`content/components/Figure\\.astro:${line}:\\d+`));
    await writeFile(join(project.root, 'content/components/Figure.astro'), figure);
  });
});

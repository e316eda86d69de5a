/**
 * The CV (`/cv/` and its PDF) and the owner's own pages: on the example site, and on a made-up
 * researcher's site with every CV section, a hidden and a selected paper, and pages of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, runAxe, serveDirectory, useBuiltSite } from '../helpers/browser.ts';
import { pdfPageCount, pdfPageSize, pdfText } from '../helpers/pdf-text.ts';
import { cvFixtureFiles } from '../helpers/cv-fixture.ts';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';
import { findChromium } from '../../scripts/find-chromium.ts';
import { printCv } from '../../scripts/print-cv.ts';

describe('the example site’s CV', () => {
  const site = useBuiltSite();

  it('lists exactly the collection’s publications, the owner highlighted in each', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/cv/`);
    const listed = await page.$$eval('.cv-pub', (items) => items.map((item) => item.getAttribute('data-slug')));
    expect(listed.sort()).toEqual(site.content.publications.map((paper) => paper.slug).sort());
    const owners = await page.$$eval('.cv-pub .owner', (names) => names.map((name) => name.textContent));
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(site.content.settings.ownerNames).toContain(owner);
    await close();
  });

  it('is linked from the header, and links to its PDF', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'CV' }).click();
    await page.waitForURL('**/cv/');
    await expect(page.getByRole('link', { name: 'Download the PDF' }).getAttribute('href')).resolves.toBe('/cv.pdf');
    await close();
  });

  it('prints to a PDF of several pages with the owner’s name, and without navigation or search', () => {
    const pdf = join(inject('siteDir'), 'cv.pdf');
    const text = pdfText(pdf);
    expect(text).toContain(site.content.settings.ownerName!);
    expect(text).not.toContain('Download the PDF');
    expect(text).not.toMatch(/Skip to content|RSS feed/);
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    expect(pdfPageSize(pdf)).toMatch(/A4/);
  });
});

describe('a researcher’s CV and own pages', () => {
  let project: ScratchProject;
  let outDir: string;
  let collisionError = '';
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  beforeAll(async () => {
    project = await createScratchProject({
      ...cvFixtureFiles,
      'content/pages/topics.mdx': '---\ntitle: My topics\n---\nClashes with the topic pages.\n',
    });
    try {
      project.build();
    } catch (error) {
      collisionError = error instanceof Error ? error.message : String(error);
    }
    await rm(join(project.root, 'content/pages/topics.mdx'));
    outDir = project.build();
    await printCv({
      distDir: outDir,
      base: '/',
      out: join(outDir, 'cv.pdf'),
      paper: 'Letter',
      executablePath: findChromium(),
    });
  });
  afterAll(async () => {
    await project?.remove();
  });

  it('refuses a page whose name is one of the site’s routes, naming the file', () => {
    expect(collisionError).toContain("content/pages/topics.mdx: /topics/ is taken by the site's own pages");
  });

  it('leaves hidden papers out of the CV, marks selected ones and shows citation counts', () => {
    const html = read('cv/index.html');
    const listed = [...html.matchAll(/class="cv-pub" data-slug="([^"]+)"/g)].map((match) => match[1]);
    expect(listed).toEqual(['root-microbiomes', 'nitrogen-cycling']);
    const featured = /data-slug="root-microbiomes">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(featured).toContain('class="cv-star"');
    expect(featured).toContain('42 citations');
    expect(html).toMatch(/Journal articles <span class="cv-count">\(1\)<\/span>[\s\S]*Conference papers/);
  });

  it('shows the sections the file has, in CV order', async () => {
    const headings = [...read('cv/index.html').matchAll(/<h2 id="cv-[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      'Positions',
      'Education',
      'Honours and awards',
      'Grants and funding',
      'Publications',
      'Teaching',
      'Talks',
      'Service',
      'Skills',
    ]);
  });

  it('renders an own page with its component and math, in the navigation in frontmatter order', () => {
    const html = read('teaching/index.html');
    expect(html).toContain('<aside class="callout" data-tone="info">Office hours on Tuesdays.</aside>');
    expect(html).toContain('<annotation encoding="application/x-tex">\\sigma^2</annotation>');
    const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(read('index.html'))?.[0] ?? '';
    expect([...nav.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/#publications',
      '/topics/',
      '/cv/',
      '/group/',
      '/teaching/',
    ]);
    expect(existsSync(join(outDir, 'topics/index.html'))).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`has no accessibility violations on the CV page or an own page (${colorScheme})`, async () => {
      const browser = await launchBrowser();
      const server = await serveDirectory(outDir);
      try {
        for (const path of ['/cv/', '/teaching/']) {
          const { page, close } = await openPage(browser, `${server.origin}${path}`, { colorScheme, bypassCSP: true });
          expect({ path, violations: await runAxe(page) }).toEqual({ path, violations: [] });
          await close();
        }
      } finally {
        await browser.close();
        await server.close();
      }
    });

  it('prints on Letter paper when asked, with the name and the talk’s address', () => {
    const pdf = join(outDir, 'cv.pdf');
    const text = pdfText(pdf);
    expect(text).toContain('Ngozi Adeyemi');
    expect(text).toContain('https://talks.example.org/carbon');
    expect(pdfPageSize(pdf)).toMatch(/letter/i);
  });
});

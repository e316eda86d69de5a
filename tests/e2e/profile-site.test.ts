/**
 * A site built from a made-up researcher's content, to exercise what the example documents do
 * not: a profile photo, selected papers, a publication list longer than `pageSize` (pagination),
 * owner name variants, math in titles and abstracts, hostile text, and a sub-path base.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, runAxe, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import type { ScratchProject } from '../helpers/scratch-project.ts';
import { createProfileFixture, fixturePapers as papers, fixturePageSize } from '../helpers/profile-fixture.ts';
import { findBrokenLinks, listFiles } from '../helpers/site-files.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const base = '/lab/';

describe('a full profile site (photo, selected papers, pagination, name variants)', () => {
  let project: ScratchProject;
  let outDir: string;
  let browser: Browser;
  let server: StaticServer;
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  beforeAll(async () => {
    project = await createProfileFixture();
    outDir = project.build({ BASE_PATH: base });
    browser = await launchBrowser();
    server = await serveDirectory(outDir, { mountPath: base });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await project?.remove();
  });

  it('keeps the hand-written publications through the ingest', () => {
    for (const paper of papers)
      expect(existsSync(join(outDir, 'publications', paper.slug, 'index.html')), paper.slug).toBe(true);
  });

  it('shows the photo, resized at build into modern formats', async () => {
    const html = read('index.html');
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)?.[0] ?? '';
    expect(picture).toContain('type="image/avif"');
    expect(picture).toContain('type="image/webp"');
    expect(picture).toMatch(/alt="Photo of Jane Q\. Doe"/);
    const sources = [...picture.matchAll(/(?:srcset|src)="([^"]+)"/g)].flatMap((match) =>
      match[1]!.split(',').map((entry) => entry.trim().split(' ')[0]!),
    );
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) {
      expect(source.startsWith(`${base}_astro/`)).toBe(true);
      const file = join(outDir, source.slice(base.length));
      expect((await sharp(file).metadata()).width).toBeLessThanOrEqual(408);
    }
  });

  it('shows the profile: headline, affiliation, e-mail and links', () => {
    const html = read('index.html');
    expect(html).toContain('<h1>Jane Q. Doe</h1>');
    expect(html).toContain('Researcher in learning theory');
    expect(html).toContain('Example University');
    expect(html).toContain('href="mailto:jane@example.org"');
    expect(html).toContain('href="https://scholar.example.org/jane"');
  });

  it('paginates the full list past pageSize, with year navigation across pages', () => {
    const dated = papers.filter((paper) => paper.date).sort((a, b) => b.date!.localeCompare(a.date!));
    const inOrder = [...dated, ...papers.filter((paper) => !paper.date)].map((paper) => paper.slug);
    expect(fixturePageSize).toBe(3);
    const pageFiles = ['index.html', 'page/2/index.html', 'page/3/index.html'];
    const listed = pageFiles.map((file) =>
      [...read(file).matchAll(/<section id="publications"[\s\S]*<\/section>/g)].flatMap((section) =>
        [...section[0].matchAll(/class="pub-title"><a href="\/lab\/publications\/([^/]+)\/"/g)].map(
          (match) => match[1],
        ),
      ),
    );
    expect(listed).toEqual([inOrder.slice(0, 3), inOrder.slice(3, 6), inOrder.slice(6)]);
    expect(existsSync(join(outDir, 'page/4/index.html'))).toBe(false);
    const yearNav = /<nav class="year-nav"[\s\S]*?<\/nav>/.exec(read('index.html'))?.[0] ?? '';
    expect(yearNav).toContain('href="#year-2025"');
    expect(yearNav).toContain(`href="${base}page/2/#year-2024"`);
    expect(yearNav).toContain(`href="${base}page/3/#year-undated"`);
  });

  it('paginates a topic with more papers than pageSize, newest first, with links between its pages', () => {
    const ofTopic = papers
      .filter((paper) => paper.topics?.includes('robustness'))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      .map((paper) => paper.slug);
    expect(ofTopic.length).toBeGreaterThan(fixturePageSize);
    const listedOn = (file: string) =>
      [...read(file).matchAll(/class="pub-title"><a href="\/lab\/publications\/([^/]+)\/"/g)].map((match) => match[1]);
    expect([...listedOn('topics/robustness/index.html'), ...listedOn('topics/robustness/page/2/index.html')]).toEqual(ofTopic);
    expect(read('topics/robustness/index.html')).toContain(`href="${base}topics/robustness/page/2/"`);
    expect(read('topics/robustness/page/2/index.html')).toContain(`href="${base}topics/robustness/"`);
  });

  it('lists selected papers first', () => {
    const featured = /<section class="featured"[\s\S]*?<\/section>/.exec(read('index.html'))?.[0] ?? '';
    const titles = [...featured.matchAll(/class="pub-title"><a href="\/lab\/publications\/([^/]+)\/"/g)].map(
      (match) => match[1],
    );
    expect(titles).toEqual(papers.filter((paper) => paper.featured).map((paper) => paper.slug));
  });

  it('highlights the owner under every spelling, and keeps them visible in long author lists', async () => {
    const { page, close } = await openPage(browser, `${server.origin}${base}page/2/`);
    const owners = await page.$$eval('#publications .pub', (items) =>
      items.map((item) => [...item.querySelectorAll('.owner')].map((owner) => owner.textContent)),
    );
    expect(owners).toEqual([['Jané Doe'], ['Jane Doe'], ['Jane Doe']]);
    await page.goto(`${server.origin}${base}`);
    const consortium = page.locator('.pub', { has: page.locator(`a[href="${base}publications/consortium/"]`) }).first();
    await expect(consortium.locator('.owner').textContent()).resolves.toBe('Doe, Jane Q.');
    await expect(consortium.locator('.pub-authors').textContent()).resolves.toMatch(/…, Doe, Jane Q\., and \d+\s+more/);
    const hostile = page.locator('#publications .pub', {
      has: page.locator(`a[href="${base}publications/hostile-title/"]`),
    });
    await expect(hostile.locator('.owner').textContent()).resolves.toBe('J. Doe');
    await close();
  });

  it('escapes hostile text and renders math at build time', async () => {
    // Astro escapes text; inside a quoted attribute value `<` is inert (and left as is), so markup is
    // looked for only outside attribute values.
    const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');
    const home = read('index.html');
    expect(outsideAttributes(home)).not.toContain('<script>alert(1)</script>');
    expect(home).toContain('Robust &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; Models');
    expect(home).toMatch(/Sparse Attention with <span class="katex"><math/);
    const paper = read('publications/sparse-attention/index.html');
    expect(paper).toContain('class="katex-html"');
    expect(paper).toContain('<annotation encoding="application/x-tex">\\frac{a}{b}</annotation>');
    expect(paper).toContain('keep {braces} as text');
    const hostile = read('publications/hostile-title/index.html');
    expect(outsideAttributes(hostile)).not.toContain('<script>alert(1)</script>');
    expect(outsideAttributes(hostile)).not.toContain('<b>markup</b>');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(hostile)?.[1] ?? '';
    expect(JSON.parse(jsonLd)).toMatchObject({ headline: papers[1]!.title });
  });

  it('is valid HTML with no broken link under the sub-path', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of listFiles(outDir, '.html')) {
      const report = await validator.validateFile(join(outDir, page));
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${page}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
    const origin = /<loc>(https?:\/\/[^/<]+)/.exec(read('sitemap-0.xml'))![1]!;
    const { broken } = findBrokenLinks(outDir, base, origin);
    expect(broken).toEqual([]);
  });

  it('has no axe violations on the home page with a photo, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, cspViolations, close } = await openPage(browser, `${server.origin}${base}`, {
        colorScheme,
        bypassCSP: true,
      });
      expect({ colorScheme, violations: await runAxe(page) }).toEqual({ colorScheme, violations: [] });
      expect(cspViolations).toEqual([]);
      await close();
    }
  });
});

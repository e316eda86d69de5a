/** The home page of the built example site, checked against the content it was built from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { loadSiteContent, type SiteContent } from '../helpers/site-content.ts';
import { createNameMatcher } from '../../src/lib/person-name.ts';
import { countTopics, topicsInUse } from '../../src/lib/topic-counts.ts';
import { defaultPageSize } from '../../src/lib/paginate.ts';
import { publishedStats, statsBySource } from '../../src/lib/stats-by-source.ts';

describe('home page', () => {
  let browser: Browser;
  let server: StaticServer;
  let content: SiteContent;
  let siteDir: string;
  beforeAll(async () => {
    siteDir = inject('siteDir');
    content = loadSiteContent();
    browser = await launchBrowser();
    server = await serveDirectory(siteDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has publications to show (the ingest produced some)', () => {
    expect(content.publications.length).toBeGreaterThan(0);
  });

  it('shows the owner header: name, and the figures the owner would publish, said where they come from', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const h1 = (await page.locator('h1').textContent())?.trim();
    expect(h1).toBe(content.settings.ownerName ?? 'Publications');
    const shown = publishedStats(content.settings.stats, content.settings.profile.stats);
    for (const group of statsBySource(shown)) {
      const section = page.locator('.stats', { has: page.locator('.stats-source', { hasText: group.description }) });
      for (const stat of group.stats) {
        await expect(section.locator('dd', { hasText: stat.value }).count()).resolves.toBeGreaterThan(0);
        await expect(section.locator('dt', { hasText: stat.label }).count()).resolves.toBeGreaterThan(0);
      }
    }
    // An aggregator's own scores, and the file names of the build, are not the researcher's to show.
    const statLabels = await page.locator('.stats dt').allTextContents();
    expect(statLabels.length).toBe(shown.length);
    for (const stat of content.settings.stats)
      await expect(page.locator('.profile').textContent()).resolves.not.toContain(stat.source);
    await close();
  });

  it('lists every publication once, newest first, under the heading of its year', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const firstPage = content.publications.slice(0, content.settings.profile.pageSize ?? defaultPageSize);
    const listed = await page.$$eval('#publications .year-group', (groups) =>
      groups.flatMap((group) => {
        const year = group.querySelector('.year-heading')?.textContent?.trim() ?? '';
        return [...group.querySelectorAll('.pub-title a')].map((link) => ({
          year,
          href: link.getAttribute('href') ?? '',
        }));
      }),
    );
    expect(listed.map((entry) => entry.href)).toEqual(
      firstPage.map((publication) => `/publications/${publication.slug}/`),
    );
    expect(listed.map((entry) => entry.year)).toEqual(
      firstPage.map((publication) => String(publication.year ?? 'Undated')),
    );
    await close();
  });

  it('shows selected (featured) publications first, and only those', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const featured = content.publications.filter((publication) => publication.featured);
    const hrefs = await page.$$eval('.featured .pub-title a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toEqual(featured.map((publication) => `/publications/${publication.slug}/`));
    if (featured.length > 0) {
      const order = await page.$$eval('main h2', (headings) => headings.map((heading) => heading.id));
      expect(order.indexOf('featured-heading')).toBeLessThan(order.indexOf('publications-heading'));
    }
    await close();
  });

  it('highlights the owner in every author list, whatever spelling the list uses', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const isOwner = createNameMatcher(content.settings.ownerNames);
    const entries = await page.$$eval('#publications .pub', (items) =>
      items.map((item) => ({
        href: item.querySelector('.pub-title a')?.getAttribute('href') ?? '',
        owners: [...item.querySelectorAll('.pub-authors .owner')].map((owner) => owner.textContent ?? ''),
        text: item.querySelector('.pub-authors')?.textContent ?? '',
      })),
    );
    let highlighted = 0;
    for (const entry of entries) {
      const publication = content.publications.find((candidate) => `/publications/${candidate.slug}/` === entry.href)!;
      const expected = publication.authors.filter((author) => isOwner(author) && entry.text.includes(author));
      expect(entry.owners).toEqual(expected);
      highlighted += entry.owners.length;
    }
    const ownerAuthored = content.publications.filter((publication) => publication.authors.some(isOwner));
    expect(highlighted).toBeGreaterThanOrEqual(Math.min(1, ownerAuthored.length));
    await close();
  });

  it('shows topic chips with counts, each linking to its topic page', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const expected = topicsInUse(countTopics(content.publications, content.taxonomy));
    const chips = await page.$$eval('.chips a', (links) =>
      links.map((link) => ({
        href: link.getAttribute('href'),
        count: link.querySelector('.chip-count')?.textContent ?? '',
      })),
    );
    expect(chips.map((chip) => chip.href)).toEqual(expected.map((topic) => `/topics/${topic.slug}/`));
    expect(chips.map((chip) => Number(chip.count.replace(/\D+/g, '')))).toEqual(expected.map((topic) => topic.count));
    await close();
  });

  it('folds each abstract into a details element that opens on click', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    const withAbstract = content.publications.filter((publication) => publication.abstract).length;
    await expect(page.locator('#publications details.abstract').count()).resolves.toBe(withAbstract);
    const first = page.locator('#publications details.abstract').first();
    await expect(first.locator('p').first().isVisible()).resolves.toBe(false);
    await first.locator('summary').click();
    await expect(first.locator('p').first().isVisible()).resolves.toBe(true);
    await close();
  });

  it('weighs at most 50 KB gzipped (HTML, CSS, JS) and fetches nothing else before search is used', async () => {
    const { page, context, cspViolations, close } = await openPage(browser, `${server.origin}/`);
    const requested: string[] = [];
    // Reload with the listener in place so every request of a fresh load is seen.
    context.on('request', (request) => requested.push(request.url()));
    await page.reload({ waitUntil: 'networkidle' });
    const paths = requested.map((url) => new URL(url).pathname);
    expect(paths.some((path) => path.endsWith('search-index.json'))).toBe(false);
    const weighed = paths.filter((path) => /(\/|\.html|\.css|\.js)$/.test(path));
    const bytes = weighed.reduce((total, path) => {
      const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
      return total + gzipSync(readFileSync(file), { level: 9 }).length;
    }, 0);
    expect(bytes).toBeLessThanOrEqual(50 * 1024);
    expect(requested.every((url) => url.startsWith(server.origin))).toBe(true);
    expect(cspViolations).toEqual([]);
    await close();
  });
});

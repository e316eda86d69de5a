/**
 * Citation counts on a site built from an invented researcher's Scholar dump, ORCID record and arXiv
 * listing (tests/fixtures/import/): "Cited by N" on the list and the paper page, the most-cited
 * order with and without JavaScript, and nothing of it once the owner turns counts off.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runAxe, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

const fixtures = join(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const profile = 'name: Marisol Quintero-Vance\nemail: m.quintero@altiplano.example.edu\n';

/** Titles by date (newest first) and by citations (Scholar: 57, 33, 12, 4). */
const newestFirst = [
  'Learning to estimate rebar spacing from ground-penetrating radar',
  'Digital Twins of Precast Concrete Plants: A Review',
  'Scheduling Tower Cranes with Mixed-Integer Programming under Wind Constraints',
  'Crack Segmentation on Bridge Decks from Drone Imagery with Weak Labels',
];
const mostCited = [newestFirst[3], newestFirst[1], newestFirst[2], newestFirst[0]];

const projects: ScratchProject[] = [];
let withCounts: string;
let withoutCounts: string;
let browser: Browser;
let server: StaticServer;

/** Builds a site from the three documents, with `settings` added to profile.yaml. */
async function buildWith(settings: string): Promise<string> {
  const project = await createScratchProject({
    'content/profile.yaml': `${profile}${settings}`,
    'content/sources/gs_data.json': fixture('scholar profile with non-papers and a cut citation.json'),
    'content/sources/orcid-0000-0002-1847-5931.json': fixture('orcid record with three works.json'),
    'content/sources/listing.txt': fixture('arxiv listing with two preprints.txt'),
  });
  projects.push(project);
  return project.build();
}

beforeAll(async () => {
  withCounts = await buildWith('');
  withoutCounts = await buildWith('citations: false\n');
  browser = await launchBrowser();
  server = await serveDirectory(withCounts);
}, 400_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all(projects.map((project) => project.remove()));
});

const listedTitles = (page: import('playwright-core').Page, selector: string) =>
  page.locator(`${selector} .pub:visible .pub-title`).allTextContents().then((titles) => titles.map((title) => title.trim()));

describe('with citation counts', () => {
  it('shows “Cited by N” on every counted paper in the list, newest first', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`);
    await expect(listedTitles(page, '#publications')).resolves.toEqual(newestFirst);
    await expect(page.locator('#publications .pub-citations').allTextContents()).resolves.toEqual(['Cited by 4', 'Cited by 33', 'Cited by 12', 'Cited by 57']);
    await close();
  });

  it('shows the count on the paper page with its source and date, and the profile’s figures with theirs', async () => {
    const home = readFileSync(join(withCounts, 'index.html'), 'utf8');
    // When and where, never the file's name.
    expect(home).toContain('<p class="stats-source">As of 2 November 2026, from a Google Scholar profile.</p>');
    expect(home).not.toContain('gs_data.json');
    const slug = /href="\/publications\/([^/"]+)\/"[^>]*>Crack Segmentation/.exec(home)?.[1];
    const { page, close } = await openPage(browser, `${server.origin}/publications/${slug ?? ''}/`);
    await expect(page.locator('.paper-citations').textContent()).resolves.toMatch(/^Cited by 57\s+\(Google Scholar, 2 November 2026\)$/);
    await close();
  });

  it('sorts by citations without JavaScript, through a link to a page built sorted', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`, { javaScriptEnabled: false });
    await Promise.all([page.waitForURL(/\/publications\/by-citations\/$/), page.click('a:text("Sort by citations")')]);
    await expect(listedTitles(page, '.publications')).resolves.toEqual(mostCited);
    await close();
  });

  it('sorts by citations in place with JavaScript, and back by date, asking no other site for anything', async () => {
    const { page, context, close } = await openPage(browser, `${server.origin}/`);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).origin));
    await page.click('button:text("Sort by citations")');
    expect(page.url()).toBe(`${server.origin}/`);
    await expect(listedTitles(page, '#publications')).resolves.toEqual(mostCited);
    await expect(page.isVisible('.year-nav, .year-heading')).resolves.toBe(false);
    await page.click('button:text("Sort by date")');
    await expect(listedTitles(page, '#publications')).resolves.toEqual(newestFirst);
    expect(requests.filter((origin) => origin !== server.origin)).toEqual([]);
    await close();
  });
});

describe('accessibility of the counts and the sort', () => {
  it('has no axe violations on the list sorted in place, or on the most-cited page', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`, { bypassCSP: true });
    await page.click('button:text("Sort by citations")');
    await expect(runAxe(page)).resolves.toEqual([]);
    await page.goto(`${server.origin}/publications/by-citations/`);
    await expect(runAxe(page)).resolves.toEqual([]);
    await close();
  }, 120_000);
});

describe('with citation counts turned off (citations: false)', () => {
  it('shows no count, no sort and no citation figures anywhere', () => {
    const home = readFileSync(join(withoutCounts, 'index.html'), 'utf8');
    expect(home).not.toContain('Cited by');
    expect(home).not.toContain('Sort by citations');
    expect(home).not.toMatch(/<dt>(?:citations|h-index|i10-index)<\/dt>/);
    expect(existsSync(join(withoutCounts, 'publications/by-citations/index.html'))).toBe(false);
    const slug = /href="\/publications\/([^/"]+)\/"[^>]*>Crack Segmentation/.exec(home)?.[1] ?? '';
    expect(slug).not.toBe('');
    expect(readFileSync(join(withoutCounts, 'publications', slug, 'index.html'), 'utf8')).not.toContain('Cited by');
  });
});

/**
 * Paper pages: what a reader sees (abstract with KaTeX math, topics, BibTeX that copies, related
 * papers) and what machines read (canonical URL, Open Graph, Twitter, Google Scholar, JSON-LD,
 * the social image).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { loadSiteContent, type SiteContent } from '../helpers/site-content.ts';
import { texToText } from '../../src/lib/exports/tex-to-text.ts';
import type { PublicationView } from '../../src/lib/publication-view.ts';
import { relatedPapers } from '../../src/lib/related-papers.ts';

async function metaContents(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.getAttribute('content') ?? ''));
}

/** Google Scholar's tags for a paper whose title and author list are real. */
async function expectScholarTags(page: Page, publication: PublicationView, title: string): Promise<void> {
  await expect(metaContents(page, 'meta[name="citation_title"]')).resolves.toEqual([title]);
  const authors = await metaContents(page, 'meta[name="citation_author"]');
  expect(authors).toHaveLength(publication.authors.length);
  for (const author of authors) expect(author).toMatch(/^[^,]+, [^,]+$|^[^,\s]+$/);
  if (publication.date) {
    const [date] = await metaContents(page, 'meta[name="citation_publication_date"]');
    expect(date).toMatch(/^\d{4}(\/\d{2}\/\d{2})?$/);
    expect(date).toBe(
      /^\d{4}-\d{2}-\d{2}$/.test(publication.date)
        ? publication.date.replaceAll('-', '/')
        : publication.date.slice(0, 4),
    );
  }
  if (publication.arxiv)
    await expect(metaContents(page, 'meta[name="citation_arxiv_id"]')).resolves.toEqual([publication.arxiv]);
  if (publication.arxiv || publication.links.pdf) {
    await expect(metaContents(page, 'meta[name="citation_pdf_url"]')).resolves.toHaveLength(1);
  }
  const venueTag = { article: 'citation_journal_title', conference: 'citation_conference_title' }[
    publication.type as 'article' | 'conference'
  ];
  const venues = [
    ...(await metaContents(page, 'meta[name="citation_conference_title"]')),
    ...(await metaContents(page, 'meta[name="citation_journal_title"]')),
  ];
  // The tag follows the type the sources gave; no type, no guess from the venue's words.
  expect(venues).toEqual(venueTag && publication.venue ? [texToText(publication.venue)] : []);
  if (venueTag && publication.venue) {
    await expect(metaContents(page, `meta[name="${venueTag}"]`)).resolves.toHaveLength(1);
  }
}

describe('paper pages', () => {
  let browser: Browser;
  let server: StaticServer;
  let content: SiteContent;
  let siteDir: string;
  let siteOrigin: string;

  beforeAll(async () => {
    siteDir = inject('siteDir');
    content = loadSiteContent();
    browser = await launchBrowser();
    server = await serveDirectory(siteDir);
    // The configured `site`, as the build wrote it into the sitemap.
    siteOrigin = /<loc>(https?:\/\/[^/<]+)/.exec(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8'))![1]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('carry canonical, description, Open Graph, Twitter and Scholar tags for every paper', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const publication of content.publications) {
      const url = `${siteOrigin}/publications/${publication.slug}/`;
      await page.goto(`${server.origin}/publications/${publication.slug}/`);
      await expect(page.getAttribute('link[rel="canonical"]', 'href')).resolves.toBe(url);
      const [description] = await metaContents(page, 'meta[name="description"]');
      expect(description?.length).toBeGreaterThan(20);
      expect(description!.length).toBeLessThanOrEqual(160);
      const title = texToText(publication.title);
      await expect(metaContents(page, 'meta[property="og:title"]')).resolves.toEqual([title]);
      await expect(metaContents(page, 'meta[property="og:url"]')).resolves.toEqual([url]);
      await expect(metaContents(page, 'meta[property="og:image"]')).resolves.toEqual([`${url}social.png`]);
      await expect(metaContents(page, 'meta[name="twitter:card"]')).resolves.toEqual(['summary_large_image']);
      await expect(metaContents(page, 'meta[name="twitter:image"]')).resolves.toEqual([`${url}social.png`]);
      const scholarTags = await page.$$eval('meta[name^="citation_"]', (elements) => elements.length);
      // Scholar would index a made-up title or an incomplete author list as the paper's: no tags.
      if (publication.titleDerived || publication.authorsTruncated) expect(scholarTags).toBe(0);
      else await expectScholarTags(page, publication, title);
      const jsonLd = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
        scripts.map((script) => script.textContent ?? ''),
      );
      expect(jsonLd).toHaveLength(1);
      const data = JSON.parse(jsonLd[0]!) as Record<string, unknown>;
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ScholarlyArticle',
        headline: title,
        url,
      });
      expect((data['author'] as { name: string }[]).map((author) => author.name)).toEqual(publication.authors);
    }
    await context.close();
  });

  it('have a 1200×630 PNG social image each', async () => {
    for (const publication of content.publications) {
      const file = join(siteDir, 'publications', publication.slug, 'social.png');
      expect(existsSync(file), file).toBe(true);
      const metadata = await sharp(file).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    }
  });

  it('show title, authors, venue, date, links, abstract and topics', async () => {
    const publication =
      content.publications.find((candidate) => candidate.abstract && candidate.topics.length > 0) ??
      content.publications[0]!;
    const { page, close } = await openPage(browser, `${server.origin}/publications/${publication.slug}/`);
    const h1 = await page.textContent('h1');
    expect(h1?.replace(/\s+/g, ' ').trim().length).toBeGreaterThan(0);
    const authors = await page.textContent('.paper-header .pub-authors');
    for (const author of publication.authors) expect(authors).toContain(author);
    if (publication.venue) await expect(page.textContent('.paper-kicker')).resolves.toContain(publication.venue);
    if (publication.date)
      await expect(page.getAttribute('.paper-kicker time', 'datetime')).resolves.toBe(publication.date);
    if (publication.abstract) {
      const firstWords = publication.abstract
        .replace(/\$[^$]*\$/g, ' ')
        .split(/\s+/)
        .filter((word) => /^[A-Za-z]+$/.test(word))
        .slice(0, 5);
      const body = await page.textContent('.paper-body');
      for (const word of firstWords) expect(body).toContain(word);
    }
    const topicLinks = await page.$$eval('.tags a', (links) => links.map((link) => link.getAttribute('href')));
    expect(topicLinks).toEqual(publication.topics.map((slug) => `/topics/${slug}/`));
    await close();
  });

  it('render math with KaTeX at build time and ship no math script', async () => {
    const withMath = content.publications.find((publication) => /\$[^$]+\$/.test(publication.abstract));
    // Every current example has plain abstracts; the MDX pipeline is then checked on the page anyway.
    const publication = withMath ?? content.publications[0]!;
    const { page, close } = await openPage(browser, `${server.origin}/publications/${publication.slug}/`);
    if (withMath) {
      await expect(page.locator('.paper-body .katex').count()).resolves.toBeGreaterThan(0);
      await expect(page.textContent('.paper-body')).resolves.not.toMatch(/\$[^$]+\$/);
    }
    const scripts = await page.$$eval('script[src]', (elements) =>
      elements.map((element) => element.getAttribute('src') ?? ''),
    );
    for (const src of scripts) {
      const code = readFileSync(join(siteDir, src), 'utf8');
      expect(code).not.toMatch(/katex/i);
    }
    await close();
  });

  it('copy the BibTeX to the clipboard, and link the .bib download', async () => {
    const publication = content.publications[0]!;
    const { page, cspViolations, close } = await openPage(
      browser,
      `${server.origin}/publications/${publication.slug}/`,
      {
        permissions: ['clipboard-read', 'clipboard-write'],
      },
    );
    const shown = (await page.textContent('#bibtex-entry'))!;
    expect(shown).toMatch(/^@\w+\{[^,]+,/);
    await page.click('button[data-copy-target]');
    await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '').length > 0);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(shown.trim());
    const bibHref = await page.getAttribute('a[download]', 'href');
    expect(bibHref).toBe(`/publications/${publication.slug}.bib`);
    const response = await page.request.get(`${server.origin}${bibHref}`);
    expect(response.ok()).toBe(true);
    expect((await response.text()).trim()).toBe(shown.trim());
    expect(cspViolations).toEqual([]);
    await close();
  });

  it('list related papers that share a topic', async () => {
    for (const publication of content.publications) {
      const expected = relatedPapers(publication, content.publications).map((paper) => `/publications/${paper.slug}/`);
      const html = readFileSync(join(siteDir, 'publications', publication.slug, 'index.html'), 'utf8');
      const section = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      const hrefs = [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
      expect(hrefs).toEqual(expected);
      for (const href of hrefs) {
        const related = content.publications.find((paper) => `/publications/${paper.slug}/` === href)!;
        expect(related.topics.some((topic) => publication.topics.includes(topic))).toBe(true);
      }
    }
  });
});

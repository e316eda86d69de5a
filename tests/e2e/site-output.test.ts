/**
 * The built site as files: valid HTML everywhere, no broken internal link or asset, nothing from
 * third parties, the CSP on every page, robots.txt, sitemap, favicon and 404 page — and the same
 * link check on a second build under a sub-path (`BASE_PATH=/sub/`, as on GitHub Pages).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSiteWithCv } from '../helpers/build-site.ts';
import { launchBrowser, openPage, serveDirectory } from '../helpers/browser.ts';
import { findBrokenLinks, listFiles, referencedUrls } from '../helpers/site-files.ts';
import { loadSiteContent } from '../helpers/site-content.ts';
import { tokenize } from '../../src/lib/search-tokens.ts';

/** The configured `site` origin, as the build wrote it into the sitemap. */
function siteOriginOf(dir: string): string {
  return /<loc>(https?:\/\/[^/<]+)/.exec(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8'))![1]!;
}

describe('built site files', () => {
  let siteDir: string;
  beforeAll(() => {
    siteDir = inject('siteDir');
  });

  it('every page is valid HTML (html-validate:recommended)', async () => {
    // `.htmlvalidate.json` relaxes one rule, narrowly: `no-inline-style` allows only the CSS
    // properties KaTeX writes into style attributes to position math (the CSP allows inline styles
    // in attributes only). Everything else is html-validate's recommended set.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = listFiles(siteDir, '.html');
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(siteDir, page));
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${page}:${message.line}: ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every page a language, viewport, title, description and (but the 404 page) a canonical URL', () => {
    for (const page of listFiles(siteDir, '.html').filter((file) => !file.startsWith('embed'))) {
      const html = readFileSync(join(siteDir, page), 'utf8');
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect({ page, lang: /<html lang="[a-z-]+"/.test(html), viewport: html.includes('name="viewport"') }).toEqual({
        page,
        lang: true,
        viewport: true,
      });
      expect({ page, title: (/<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '').length > 0 }).toEqual({
        page,
        title: true,
      });
      expect(description.length, page).toBeGreaterThan(10);
      expect(description.length, page).toBeLessThanOrEqual(160 + 30); // entities such as &amp; count extra here
      if (page !== '404.html') expect(html, page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    }
  });

  it('has no broken internal link or asset', () => {
    const { broken, checked } = findBrokenLinks(siteDir, '/', siteOriginOf(siteDir));
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('loads nothing from third parties, runs no inline script, and sets the CSP on every page', () => {
    const origin = siteOriginOf(siteDir);
    for (const page of listFiles(siteDir, '.html')) {
      const html = readFileSync(join(siteDir, page), 'utf8');
      // Resources (not links a reader follows) must come from the site itself.
      const resources = [
        ...html.matchAll(/<(?:script|img|source|link(?![^>]*rel="(?:canonical|alternate)")|iframe)\b[^>]*>/g),
      ].flatMap((tag) => referencedUrls(tag[0]));
      for (const url of resources)
        expect({ page, url, external: /^(https?:)?\/\//.test(url) && !url.startsWith(origin) }).toMatchObject({
          external: false,
        });
      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attributes = '', body = '']) =>
          !/\bsrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes) && body.trim() !== '',
      );
      expect({ page, inlineScripts: inlineScripts.length }).toEqual({ page, inlineScripts: 0 });
      expect({ page, inlineStyles: /<style\b/.test(html) }).toEqual({ page, inlineStyles: false });
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline'; script");
      expect(csp.split(';').find((directive) => directive.trim().startsWith('script-src'))).not.toContain('unsafe');
    }
  });

  it('serves robots.txt pointing at the sitemap, a favicon and a 404 page', () => {
    const robots = readFileSync(join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${siteOriginOf(siteDir)}/sitemap-index.xml`);
    expect(readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
    expect(readFileSync(join(siteDir, 'favicon.svg'), 'utf8')).toContain('<svg');
    const notFound = readFileSync(join(siteDir, '404.html'), 'utf8');
    expect(notFound).toContain('<h1>Page not found</h1>');
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    for (const publication of loadSiteContent().publications)
      expect(sitemap).toContain(`/publications/${publication.slug}/</loc>`);
  });

  it('has topic pages listing exactly their publications, with labels from topics.yaml', () => {
    const { publications, taxonomy } = loadSiteContent();
    const labels = new Map(taxonomy.map((topic) => [topic.slug, topic.label]));
    const slugs = new Set(publications.flatMap((publication) => publication.topics));
    expect(slugs.size).toBeGreaterThan(0);
    const index = readFileSync(join(siteDir, 'topics', 'index.html'), 'utf8');
    for (const slug of slugs) {
      expect(index).toContain(`href="/topics/${slug}/"`);
      const html = readFileSync(join(siteDir, 'topics', slug, 'index.html'), 'utf8');
      expect(html).toContain(`<h1>${(labels.get(slug) ?? slug).replace(/&/g, '&amp;')}</h1>`);
      const listed = [...html.matchAll(/class="pub-title"><a href="\/publications\/([^/]+)\/"/g)].map(
        (match) => match[1],
      );
      expect(listed).toEqual(
        publications.filter((publication) => publication.topics.includes(slug)).map((publication) => publication.slug),
      );
    }
  });
});

describe('a build under a sub-path', () => {
  // Beside this run's main build, so the run's teardown removes it too.
  const subDir = join(dirname(inject('siteDir')), 'sub');
  let browser: Browser;
  beforeAll(async () => {
    await buildSiteWithCv(subDir, { BASE_PATH: '/sub/' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no broken link, and every internal URL stays under the sub-path', () => {
    const origin = siteOriginOf(subDir);
    const { broken, checked } = findBrokenLinks(subDir, '/sub/', origin);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
    for (const page of listFiles(subDir, '.html')) {
      const rootRelative = referencedUrls(readFileSync(join(subDir, page), 'utf8')).filter(
        (url) => url.startsWith('/') && !url.startsWith('//'),
      );
      expect({ page, outside: rootRelative.filter((url) => !url.startsWith('/sub/')) }).toEqual({ page, outside: [] });
    }
    expect(readFileSync(join(subDir, 'robots.txt'), 'utf8')).toContain(`${origin}/sub/sitemap-index.xml`);
  });

  it('searches and links correctly when served under the sub-path', async () => {
    const server = await serveDirectory(subDir, { mountPath: '/sub/' });
    const publication = loadSiteContent().publications[0]!;
    const word =
      tokenize(publication.title).find((candidate) => candidate.length >= 5) ?? tokenize(publication.title)[0]!;
    const { page, cspViolations, close } = await openPage(
      browser,
      `${server.origin}/sub/?q=${encodeURIComponent(word)}`,
    );
    await page.waitForSelector('[data-search-results] a');
    const hrefs = await page.$$eval('[data-search-results] a', (links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    expect(hrefs).toContain(`/sub/publications/${publication.slug}/`);
    expect(hrefs.every((href) => href.startsWith('/sub/'))).toBe(true);
    await page.goto(`${server.origin}/sub/missing/`);
    await expect(page.textContent('h1')).resolves.toBe('Page not found');
    await expect(page.getAttribute('link[rel="stylesheet"]', 'href')).resolves.toMatch(/^\/sub\//);
    expect(cspViolations).toEqual([]);
    await close();
    await server.close();
  });
});

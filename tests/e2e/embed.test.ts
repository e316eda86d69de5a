/**
 * The embed as other sites use it: the built site is served on one loopback origin, and host pages on
 * a second origin load `embed.js` (or the `/embed/` iframe) from it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EmbedData } from '../../src/client/embed/data.ts';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { bundleEmbedCode, wrapEmbedScript } from '../../src/lib/exports/embed-script.ts';
import type { PublicationsExport } from '../../src/lib/exports/publications-json.ts';
import { texToText } from '../../src/lib/exports/tex-to-text.ts';
import { launchBrowser, serveDirectory, type StaticServer } from '../helpers/browser.ts';

interface RenderedItem {
  title: string;
  href: string | null;
  authors: string;
  owners: string[];
  links: { text: string; href: string | null }[];
}

/** Waits for the element to render, then reads its shadow DOM. */
async function renderedItems(page: Page, selector = 'publication-list'): Promise<RenderedItem[]> {
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="more"]'), selector);
  return page.evaluate((s) => {
    const root = document.querySelector(s)!.shadowRoot!;
    return [...root.querySelectorAll('[part~="item"]')].map((item) => ({
      title: item.querySelector('[part~="title"]')!.textContent!,
      href: item.querySelector('[part~="title"]')!.getAttribute('href'),
      authors: item.querySelector('[part~="authors"]')!.textContent!,
      owners: [...item.querySelectorAll('[part~="owner"]')].map((owner) => owner.textContent!),
      links: [...item.querySelectorAll('[part~="link"]')].map((link) => ({
        text: link.textContent!,
        href: link.getAttribute('href'),
      })),
    }));
  }, selector);
}

describe('embed.js on a second origin', () => {
  let browser: Browser;
  let site: StaticServer;
  let host: StaticServer;
  let hostDir: string;
  let exported: PublicationsExport;

  /** Writes a host page on the second origin and returns its URL. */
  function hostPage(name: string, body: string): string {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lab</title></head><body>${body}</body></html>`;
    writeFileSync(join(hostDir, `${name}.html`), html);
    return `${host.origin}/${name}.html`;
  }
  const script = () => `<script src="${site.origin}/embed.js"></script>`;
  const fallback = () => `<a href="${site.origin}/">Publications</a>`;

  beforeAll(async () => {
    const siteDir = inject('siteDir');
    exported = JSON.parse(readFileSync(join(siteDir, 'publications.json'), 'utf8'));
    hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
    browser = await launchBrowser();
    site = await serveDirectory(siteDir);
    host = await serveDirectory(hostDir);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  it('renders every publication, newest first, linking to the paper pages', async () => {
    expect(new URL(site.origin).port).not.toBe(new URL(host.origin).port);
    const page = await browser.newPage();
    await page.goto(hostPage('all', `<publication-list>${fallback()}</publication-list>${script()}`));
    const items = await renderedItems(page);
    expect(items.map((item) => item.title)).toEqual(exported.publications.map((p) => texToText(p.title)));
    expect(items.map((item) => item.href)).toEqual(exported.publications.map((p) => p.url));
    for (const item of items) for (const link of item.links) expect(link.href).toMatch(/^https?:\/\//);
    if (exported.owner.name) expect(items.some((item) => item.owners.length > 0)).toBe(true);
    await page.close();
  });

  it('filters by topic and limits the list', async () => {
    const counts = new Map<string, number>();
    for (const publication of exported.publications)
      for (const topic of publication.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    // The topic on the fewest papers that is still on some: a filter that visibly drops papers.
    const [topic, count] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['no-such-topic', 0];
    const page = await browser.newPage();
    await page.goto(
      hostPage(
        'filters',
        `<publication-list id="topic" topic="${topic}"></publication-list>
         <publication-list id="limit" limit="2"></publication-list>
         <publication-list id="none" topic="no-such-topic"></publication-list>${script()}`,
      ),
    );
    const byTopic = await renderedItems(page, '#topic');
    expect(byTopic).toHaveLength(count);
    const expectedTitles = exported.publications.filter((p) => p.topics.includes(topic)).map((p) => texToText(p.title));
    expect(byTopic.map((item) => item.title)).toEqual(expectedTitles);
    expect((await renderedItems(page, '#limit')).map((item) => item.title)).toEqual(
      exported.publications.slice(0, 2).map((p) => texToText(p.title)),
    );
    expect(await renderedItems(page, '#none')).toEqual([]);
    // Attributes changed later re-render the list.
    await page.evaluate(() => document.querySelector('#limit')!.setAttribute('limit', '1'));
    await expect.poll(async () => (await renderedItems(page, '#limit')).length).toBe(1);
    await page.close();
  });

  it('renders, styled, under a strict Content-Security-Policy', async () => {
    const csp = `default-src 'none'; script-src ${site.origin}; style-src 'none'`;
    const strictHost = await serveDirectory(hostDir, { headers: { 'content-security-policy': csp } });
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    hostPage('csp', `<publication-list limit="1" theme="dark"></publication-list>${script()}`);
    await page.goto(`${strictHost.origin}/csp.html`);
    expect(await renderedItems(page)).toHaveLength(1);
    // The shadow styles applied: the dark theme's background, and the bold title.
    const [background, weight] = await page.evaluate(() => {
      const list = document.querySelector('publication-list')!;
      return [
        getComputedStyle(list).backgroundColor,
        getComputedStyle(list.shadowRoot!.querySelector('[part~="title"]')!).fontWeight,
      ];
    });
    expect(background).toBe('rgb(13, 17, 23)');
    expect(weight).toBe('600');
    expect(violations).toEqual([]);
    await page.close();
    await strictHost.close();
  });

  it('shows the fallback link when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(hostPage('no-js', `<publication-list>${fallback()}</publication-list>${script()}`));
    await expect(page.locator('publication-list a').getAttribute('href')).resolves.toBe(`${site.origin}/`);
    await expect(page.locator('publication-list a').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('serves an iframe page that takes query options and posts its height', async () => {
    // Served with the site's policy as a header, as a host that sets headers would.
    const strictSite = await serveDirectory(inject('siteDir'), {
      headers: { 'content-security-policy': contentSecurityPolicy },
    });
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(
      hostPage(
        'iframe',
        `<iframe id="frame" src="${strictSite.origin}/embed/?limit=2&theme=dark" title="Publications" style="border: 0"></iframe>
         <script>
           window.heights = [];
           addEventListener('message', (event) => {
             const frame = document.getElementById('frame');
             if (event.source !== frame.contentWindow || event.data?.type !== 'publication-list:height') return;
             window.heights.push(event.data.height);
             frame.style.height = event.data.height + 'px';
           });
         </script>`,
      ),
    );
    const frame = page.frameLocator('#frame');
    await expect
      .poll(() => frame.locator('publication-list').evaluate((el) => el.shadowRoot?.querySelectorAll('li').length ?? 0))
      .toBe(2);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0))
      .toBeGreaterThan(100);
    const [frameHeight, contentHeight] = await Promise.all([
      page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height),
      frame.locator('html').evaluate((el) => el.getBoundingClientRect().height),
    ]);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(1);
    await expect(frame.locator('publication-list').getAttribute('theme')).resolves.toBe('dark');
    await expect(frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).resolves.toBe(
      'rgba(0, 0, 0, 0)',
    );
    // The page works under the site's Content-Security-Policy without an exception.
    expect(violations).toEqual([]);
    await page.close();
    await strictSite.close();
  });
});

describe('embed.js with hostile data', () => {
  const pwned = 'window.__pwned = true';
  const hostileData: EmbedData = {
    home: 'javascript:void(window.__pwned = true)',
    owner: '<b>Owner</b>',
    topics: { x: '<i>X</i>' },
    items: [
      {
        t: `<img src=x onerror="${pwned}"> & <script>${pwned}</script>`,
        a: ['<img src=y onerror="window.__pwned = true">', 'Jane Doe', 'Bob'],
        o: [1],
        e: 1,
        y: 2025,
        v: '<svg onload="window.__pwned = true">',
        u: 'javascript:window.__pwned=true',
        k: ['x'],
        l: [
          ['PDF', 'javascript:window.__pwned=true'],
          ['Code', 'https://example.org/code'],
          ['<u>Data</u>', 'data:text/html,<script>alert(1)</script>'],
        ],
      },
    ],
  };

  let browser: Browser;
  let scriptHost: StaticServer;
  let pageHost: StaticServer;

  beforeAll(async () => {
    const scriptDir = mkdtempSync(join(tmpdir(), 'embed-hostile-'));
    writeFileSync(
      join(scriptDir, 'embed.js'),
      wrapEmbedScript(await bundleEmbedCode(), hostileData, 'https://example.org/'),
    );
    const pageDir = mkdtempSync(join(tmpdir(), 'embed-hostile-page-'));
    scriptHost = await serveDirectory(scriptDir);
    writeFileSync(
      join(pageDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
       <publication-list group-by-year></publication-list><script src="${scriptHost.origin}/embed.js"></script></body></html>`,
    );
    pageHost = await serveDirectory(pageDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await scriptHost?.close();
    await pageHost?.close();
  });

  it('renders markup in the data as text and links only http(s) URLs', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${pageHost.origin}/`);
    const [item] = await renderedItems(page);
    expect(item!.title).toBe(hostileData.items[0]!.t);
    expect(item!.href).toBeNull();
    expect(item!.authors).toBe('<img src=y onerror="window.__pwned = true">, Jane Doe, Bob, et al.');
    expect(item!.owners).toEqual(['Jane Doe']);
    expect(item!.links).toEqual([{ text: 'Code', href: 'https://example.org/code' }]);
    const shadow = await page.evaluate(() => {
      const root = document.querySelector('publication-list')!.shadowRoot!;
      return {
        elements: root.querySelectorAll('img, script, svg, b, i, u, iframe').length,
        hrefs: [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),
        text: root.textContent,
      };
    });
    expect(shadow.elements).toBe(0);
    expect(shadow.hrefs).toEqual(['https://example.org/code']);
    expect(shadow.text).toContain('<svg onload=');
    expect(shadow.text).toContain('All publications of <b>Owner</b>');
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).resolves.toBe(
      false,
    );
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

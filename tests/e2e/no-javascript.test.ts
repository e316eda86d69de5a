/** With JavaScript turned off the site is complete: every publication listed, abstracts open, nothing broken. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { loadSiteContent, type SiteContent } from '../helpers/site-content.ts';
import { defaultPageSize } from '../../src/lib/paginate.ts';

describe('without JavaScript', () => {
  let browser: Browser;
  let server: StaticServer;
  let content: SiteContent;
  beforeAll(async () => {
    content = loadSiteContent();
    browser = await launchBrowser();
    server = await serveDirectory(inject('siteDir'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the full publication list, and abstracts still expand', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`, { javaScriptEnabled: false });
    const shown = Math.min(content.publications.length, content.settings.profile.pageSize ?? defaultPageSize);
    await expect(page.locator('#publications .pub').count()).resolves.toBe(shown);
    await expect(page.isVisible('#publications')).resolves.toBe(true);
    const details = page.locator('#publications details.abstract').first();
    await details.locator('summary').click();
    await expect(details.getAttribute('open')).resolves.not.toBeNull();
    await close();
  });

  it('keeps the search form harmless: submitting reloads the same full page', async () => {
    const { page, close } = await openPage(browser, `${server.origin}/`, { javaScriptEnabled: false });
    await page.fill('input[type="search"]', 'anything at all');
    await Promise.all([page.waitForURL(/\?q=anything/), page.click('form[role="search"] button[type="submit"]')]);
    const shown = Math.min(content.publications.length, content.settings.profile.pageSize ?? defaultPageSize);
    await expect(page.locator('#publications .pub').count()).resolves.toBe(shown);
    await expect(page.isVisible('[data-search-results]')).resolves.toBe(false);
    await close();
  });

  it('shows paper pages whole, without a copy button that could not work', async () => {
    const publication = content.publications[0]!;
    const { page, close } = await openPage(browser, `${server.origin}/publications/${publication.slug}/`, {
      javaScriptEnabled: false,
    });
    await expect(page.isVisible('#bibtex-entry')).resolves.toBe(true);
    await expect(page.isVisible('button[data-copy-target]')).resolves.toBe(false);
    await expect(page.isVisible('a[download]')).resolves.toBe(true);
    await close();
  });
});

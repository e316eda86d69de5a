import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDirectory, type StaticServer } from '../helpers/browser.ts';

describe('home page', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDirectory(inject('siteDir'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders a main heading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    await page.close();
  });
});

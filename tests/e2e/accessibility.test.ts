/** axe-core finds no violation on the main kinds of page, in both colour schemes, searching included. */
import { describe, expect, it } from 'vitest';
import { openPage, runAxe, useBuiltSite } from '../helpers/browser.ts';
import { tokenize } from '../../src/lib/search-tokens.ts';

describe('accessibility (axe-core)', () => {
  const site = useBuiltSite();

  const pages = () => {
    const paper =
      site.content.publications.find((publication) => publication.topics.length > 0) ?? site.content.publications[0]!;
    const topic = paper.topics[0];
    return [
      { name: 'home page', path: '/' },
      { name: 'paper page', path: `/publications/${paper.slug}/` },
      { name: 'topic page', path: topic ? `/topics/${topic}/` : '/topics/' },
      { name: 'topics index', path: '/topics/' },
      { name: '404 page', path: '/no-such-page/' },
    ];
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no violations on each kind of page (${colorScheme})`, async () => {
      for (const { name, path } of pages()) {
        const { page, close } = await openPage(site.browser, `${site.server.origin}${path}`, {
          colorScheme,
          bypassCSP: true,
        });
        // Open one abstract so its text is checked too.
        await page
          .locator('details.abstract summary')
          .first()
          .click({ timeout: 1000 })
          .catch(() => undefined);
        expect({ name, violations: await runAxe(page) }).toEqual({ name, violations: [] });
        await close();
      }
    });

    it(`has no violations with a search typed (${colorScheme})`, async () => {
      const word = tokenize(site.content.publications[0]!.title).find((candidate) => candidate.length >= 4) ?? 'a';
      const { page, close } = await openPage(site.browser, `${site.server.origin}/`, { colorScheme, bypassCSP: true });
      await page.fill('input[type="search"]', word);
      await page.waitForSelector('[data-search-results] a');
      await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').length > 0);
      expect(await runAxe(page)).toEqual([]);
      await close();
    });
  }

  it('lays out without horizontal scrolling at 320 px', async () => {
    for (const { path } of pages()) {
      const { page, close } = await openPage(site.browser, `${site.server.origin}${path}`, {
        viewport: { width: 320, height: 640 },
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await close();
    }
  });
});

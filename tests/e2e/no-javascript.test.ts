/** With JavaScript turned off the site is complete: every publication listed, abstracts open, nothing broken. */
import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSite } from '../helpers/browser.ts';
import { defaultPageSize } from '../../src/lib/paginate.ts';

describe('without JavaScript', () => {
  const site = useBuiltSite();

  it('shows the full publication list, and abstracts still expand', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`, { javaScriptEnabled: false });
    const shown = Math.min(site.content.publications.length, site.content.settings.profile.pageSize ?? defaultPageSize);
    await expect(page.locator('#publications .pub').count()).resolves.toBe(shown);
    await expect(page.isVisible('#publications')).resolves.toBe(true);
    const details = page.locator('#publications details.abstract').first();
    await details.locator('summary').click();
    await expect(details.getAttribute('open')).resolves.not.toBeNull();
    await close();
  });

  it('keeps the search form harmless: submitting reloads the same full page', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`, { javaScriptEnabled: false });
    await page.fill('input[type="search"]', 'anything at all');
    await Promise.all([page.waitForURL(/\?q=anything/), page.click('form[role="search"] button[type="submit"]')]);
    const shown = Math.min(site.content.publications.length, site.content.settings.profile.pageSize ?? defaultPageSize);
    await expect(page.locator('#publications .pub').count()).resolves.toBe(shown);
    await expect(page.isVisible('[data-search-results]')).resolves.toBe(false);
    await close();
  });

  it('shows paper pages whole, without a copy button that could not work', async () => {
    const publication = site.content.publications[0]!;
    const { page, close } = await openPage(site.browser, `${site.server.origin}/publications/${publication.slug}/`, {
      javaScriptEnabled: false,
    });
    await expect(page.isVisible('#bibtex-entry')).resolves.toBe(true);
    await expect(page.isVisible('button[data-copy-target]')).resolves.toBe(false);
    await expect(page.isVisible('a[download]')).resolves.toBe(true);
    await close();
  });
});

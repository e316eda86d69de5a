/**
 * The home page's search, in a real browser, with queries made from the built content: a typo'd
 * title word, several words, shared `?q=` links, the topic filter, and the keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBuiltSite } from '../helpers/browser.ts';
import type { SiteContent } from '../helpers/site-content.ts';
import { tokenize } from '../../src/lib/search-tokens.ts';
import type { PublicationView } from '../../src/lib/publication-view.ts';

/** A title word no other title has, long enough that a typo leaves it recognisable. */
function distinctiveTitleWord(content: SiteContent): { publication: PublicationView; word: string } {
  const titleWords = content.publications.map((publication) => new Set(tokenize(publication.title)));
  for (const [index, publication] of content.publications.entries()) {
    const word = [...titleWords[index]!].find(
      (candidate) =>
        candidate.length >= 7 &&
        /^[a-z]+$/.test(candidate) &&
        titleWords.every((words, other) => other === index || !words.has(candidate)),
    );
    if (word) return { publication, word };
  }
  throw new Error('No publication has a title word of 7+ letters that no other title has');
}

/** One letter dropped from the middle: the commonest typo. */
const typo = (word: string) => word.slice(0, 3) + word.slice(4);

async function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('input[type="search"]', query);
  await page.waitForFunction((expected) => new URL(location.href).searchParams.get('q') === expected, query.trim());
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').length > 0);
  return resultHrefs(page);
}

describe('search', () => {
  const site = useBuiltSite();
  const paperHref = (publication: PublicationView) => `/publications/${publication.slug}/`;

  it('downloads its index only when the search box is first focused', async () => {
    const { page, context, close } = await openPage(site.browser, `${site.server.origin}/`);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.waitForTimeout(300);
    expect(requests.filter((path) => path.endsWith('search-index.json'))).toEqual([]);
    const indexLoaded = page.waitForResponse((response) => response.url().endsWith('/search-index.json'));
    await page.focus('input[type="search"]');
    expect((await indexLoaded).ok()).toBe(true);
    await close();
  });

  it('finds a paper by a title word with a typo, best match first, and announces the count', async () => {
    const { publication, word } = distinctiveTitleWord(site.content);
    const { page, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/`);
    const hrefs = await search(page, typo(word));
    expect(hrefs[0]).toBe(paperHref(publication));
    await expect(page.isVisible('#publications')).resolves.toBe(false);
    const status = await page.textContent('[data-search-status]');
    expect(status).toContain(hrefs.length === 1 ? '1 publication' : `${hrefs.length} publications`);
    await expect(page.getAttribute('[data-search-status]', 'aria-live')).resolves.toBe('polite');
    const known = new Set(site.content.publications.map(paperHref));
    expect(hrefs.every((href) => known.has(href))).toBe(true);
    expect(cspViolations).toEqual([]);
    await close();
  });

  it('requires every word of a multi-word query to match', async () => {
    const { publication, word } = distinctiveTitleWord(site.content);
    const author = publication.authors[0]!.split(/[\s,]+/)
      .filter(Boolean)
      .at(-1)!;
    const other = site.content.publications.find((candidate) => candidate.slug !== publication.slug)!;
    const otherWord = tokenize(other.title).find((candidate) => candidate.length >= 5) ?? tokenize(other.title)[0]!;
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);

    const byWord = await search(page, typo(word));
    const byAuthor = await search(page, author);
    const both = await search(page, `${typo(word)} ${author}`);
    expect(both[0]).toBe(paperHref(publication));
    expect(both.every((href) => byWord.includes(href) && byAuthor.includes(href))).toBe(true);

    const byOther = await search(page, otherWord);
    const mixed = await search(page, `${typo(word)} ${otherWord}`);
    expect(mixed.every((href) => byWord.includes(href) && byOther.includes(href))).toBe(true);
    expect(mixed.length).toBeLessThanOrEqual(Math.min(byWord.length, byOther.length));
    await close();
  });

  it('opens a shared ?q= link with the search done, and clearing it brings the full list back', async () => {
    const { publication, word } = distinctiveTitleWord(site.content);
    const { page, close } = await openPage(site.browser, `${site.server.origin}/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector('[data-search-results] a');
    await expect(page.inputValue('input[type="search"]')).resolves.toBe(word);
    expect((await resultHrefs(page))[0]).toBe(paperHref(publication));
    await page.fill('input[type="search"]', '');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await expect(page.isVisible('#publications')).resolves.toBe(true);
    await expect(page.isVisible('[data-search-results]')).resolves.toBe(false);
    await close();
  });

  it('filters by topic, alone and together with a query, and keeps both in the URL', async () => {
    const topicSlug = site.content.publications.flatMap((publication) => publication.topics)[0];
    expect(topicSlug, 'the example content should have at least one topic').toBeDefined();
    const inTopic = site.content.publications
      .filter((publication) => publication.topics.includes(topicSlug!))
      .map(paperHref);

    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);
    await page.focus('input[type="search"]');
    await page.selectOption('select[name="topic"]', topicSlug!);
    await page.waitForFunction((slug) => new URL(location.href).searchParams.get('topic') === slug, topicSlug);
    await page.waitForSelector('[data-search-results] a');
    expect(await resultHrefs(page)).toEqual(inTopic);

    const word = tokenize(
      site.content.publications.find((publication) => publication.topics.includes(topicSlug!))!.title,
    ).find((w) => w.length >= 4)!;
    const combined = await search(page, word);
    expect(combined.length).toBeGreaterThan(0);
    expect(combined.every((href) => inTopic.includes(href))).toBe(true);
    await close();

    const shared = await openPage(
      site.browser,
      `${site.server.origin}/?q=${encodeURIComponent(word)}&topic=${topicSlug}`,
    );
    await shared.page.waitForSelector('[data-search-results] a');
    expect(await resultHrefs(shared.page)).toEqual(combined);
    await expect(shared.page.inputValue('select[name="topic"]')).resolves.toBe(topicSlug);
    await shared.close();
  });

  it('works from the keyboard: "/" focuses the box, arrows walk the results, Enter opens one', async () => {
    const { publication, word } = distinctiveTitleWord(site.content);
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
    await page.keyboard.type(typo(word));
    await page.waitForSelector('[data-search-results] a');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      paperHref(publication),
    );
    await Promise.all([page.waitForURL(`**${paperHref(publication)}`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await close();
  });

  it('keeps searching when the browser refuses to update the address, as Safari does after 100 updates', async () => {
    const { publication, word } = distinctiveTitleWord(site.content);
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);
    await page.evaluate(() => {
      history.replaceState = () => {
        throw new DOMException(
          'Attempt to use history.replaceState() more than 100 times per 30 seconds',
          'SecurityError',
        );
      };
    });
    await page.fill('input[type="search"]', word);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').length > 0);
    await expect(resultHrefs(page)).resolves.toContain(paperHref(publication));
    await close();
  });

  it('keeps the search in the address when a result is opened before typing pauses, for the Back button', async () => {
    const { publication, word } = distinctiveTitleWord(site.content);
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);
    // The pause never comes: the search's own timers (the address, the announcement) never fire.
    await page.evaluate(() => {
      const setTimer = window.setTimeout.bind(window);
      window.setTimeout = ((handler: TimerHandler, delay?: number) =>
        (delay ?? 0) >= 100 ? 0 : setTimer(handler, delay)) as typeof window.setTimeout;
    });
    await page.fill('input[type="search"]', typo(word));
    await page.waitForSelector(`[data-search-results] a[href="${paperHref(publication)}"]`);
    await expect(page.evaluate(() => location.search)).resolves.toBe('');
    await Promise.all([
      page.waitForURL(`**${paperHref(publication)}`),
      page.click(`[data-search-results] a[href="${paperHref(publication)}"]`),
    ]);
    await page.goBack();
    await expect(page.evaluate(() => new URL(location.href).searchParams.get('q'))).resolves.toBe(typo(word));
    await close();
  });

  it('Escape in the box clears the search', async () => {
    const { word } = distinctiveTitleWord(site.content);
    const { page, close } = await openPage(site.browser, `${site.server.origin}/`);
    await search(page, word);
    await page.keyboard.press('Escape');
    await expect(page.inputValue('input[type="search"]')).resolves.toBe('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await expect(page.isVisible('#publications')).resolves.toBe(true);
    await close();
  });
});

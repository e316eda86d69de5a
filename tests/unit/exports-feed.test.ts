import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedOptions, feedXml, publicationDate } from '../../src/lib/exports/feed.ts';
import { hostilePublication, makePublication } from '../helpers/publication-fixtures.ts';
import { expectValidFeed } from '../helpers/feed-validity.ts';

const context = {
  location: { site: 'https://jane.example.org', base: '/' },
  ownerName: 'Jane <Doe> & Co',
  topicLabels: new Map([['federated-learning', 'Federated learning']]),
};

describe('feed', () => {
  const undated = makePublication({ slug: 'undated', date: undefined });

  it('is a valid RSS 2.0 document with escaped text and absolute links', async () => {
    const xml = await getRssString(feedOptions([hostilePublication, undated], context));
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = expectValidFeed(xml);
    expect(channel.title).toBe('Publications of Jane <Doe> & Co');
    const [first, second] = channel.item;
    expect(first.title).toBe('Ünïcode & <img src=x onerror=alert(1)> at 100% ~ #1_a {b} ^ \\ café with E/m');
    expect(first.link).toBe('https://jane.example.org/publications/hostile/');
    expect(first.pubDate).toBe('Sat, 01 Mar 2025 00:00:00 GMT');
    expect(first['dc:creator']).toEqual(['Jöhn van der Müller', 'Doe, Jane', 'Chloé Dupont', 'Plato']);
    expect(first.category).toBe('Federated learning');
    expect(first.description).toContain('x₁² ≤ α');
    expect(second.pubDate).toBeUndefined();
    // Markup in the data is escaped text, never elements.
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
  });

  it('escapes descriptions twice, so a reader shows x<y and <b> in an abstract as text', async () => {
    const abstract = 'We prove x<y & z>w for <b>all</b> inputs.\n\nSecond paragraph.';
    const xml = await getRssString(feedOptions([makePublication({ abstract, authors: ['Ana Silva'] })], context));
    const description = expectValidFeed(xml).item[0].description as string;
    // What the reader receives is HTML; rendered, it is exactly the text.
    expect(description).toBe(
      '<p>Ana Silva</p><p>We prove x&lt;y &amp; z&gt;w for &lt;b&gt;all&lt;/b&gt; inputs.</p><p>Second paragraph.</p>',
    );
    expect(xml).toContain('x&amp;lt;y');
  });

  it('says its own address and its language', async () => {
    const xml = await getRssString(
      feedOptions([undated], { ...context, location: { site: 'https://jane.example.org', base: '/lab/' } }),
    );
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.rss.channel['atom:link']).toMatchObject({
      '@_href': 'https://jane.example.org/lab/feed.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(parsed.rss.channel.language).toBe('en');
  });

  it('escapes markup in author names', async () => {
    const xml = await getRssString(
      feedOptions([makePublication({ authors: ['<b>Bold</b> & Co', 'Jane Doe'] })], context),
    );
    const channel = expectValidFeed(xml);
    expect(channel.item[0]['dc:creator']).toEqual(['<b>Bold</b> & Co', 'Jane Doe']);
    expect(xml).not.toContain('<b>');
  });

  it('reads partial dates as the first of the month, in UTC', () => {
    expect(publicationDate('2024-05').toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(publicationDate('2024-05-02').toISOString()).toBe('2024-05-02T00:00:00.000Z');
  });

  it('keeps items newest first as given', async () => {
    const xml = await getRssString(feedOptions([hostilePublication, undated], context));
    const parsed = new XMLParser().parse(xml);
    expect(parsed.rss.channel.item.map((item: { link: string }) => item.link)).toEqual([
      'https://jane.example.org/publications/hostile/',
      'https://jane.example.org/publications/undated/',
    ]);
  });

  it('without a configured site, links to paths from the site root and names no made-up domain', async () => {
    const xml = await feedXml([undated], { ...context, location: { site: undefined, base: '/lab/' } });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/invalid|example\.org|localhost/);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel.link).toBe('/lab/');
    expect(channel.item.link).toBe('/lab/publications/undated/');
    expect(channel['atom:link']['@_href']).toBe('/lab/feed.xml');
  });

  it('with a configured site, is the feed the options describe', async () => {
    expect(await feedXml([undated], context)).toBe(await getRssString(feedOptions([undated], context)));
  });
});

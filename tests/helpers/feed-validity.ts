/**
 * What makes an RSS 2.0 feed valid enough for readers, checked the same way for the unit-built feed
 * and the built site's `/feed.xml`: well-formed XML, the required channel elements, items with a
 * title and an absolute http(s) link, and RFC 822 dates.
 */
import { expect } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// RFC 822 (as RSS 2.0 uses it, with a four-digit year): "Sat, 01 Mar 2025 00:00:00 GMT".
export const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

export interface FeedChannel {
  title: string;
  link: string;
  description: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  item: any[];
}

export function expectValidFeed(xml: string): FeedChannel {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item' || name === 'dc:creator',
    parseTagValue: false,
  }).parse(xml);
  expect(parsed.rss['@_version']).toBe('2.0');
  const channel = parsed.rss.channel as FeedChannel;
  expect(channel.title).toBeTruthy();
  expect(channel.description).toBeTruthy();
  expect(channel.link).toMatch(/^https?:\/\//);
  channel.item ??= [];
  for (const item of channel.item) {
    expect(item.title).toBeTruthy();
    expect(item.link).toMatch(/^https?:\/\/[^/]+\//);
    expect(item.guid['#text']).toBe(item.link);
    if (item.pubDate !== undefined) expect(item.pubDate).toMatch(rfc822);
  }
  return channel;
}

/**
 * The RSS feed's channel and items, shaped for `@astrojs/rss`.
 *
 * Feed readers show text, so `$math$` is turned into readable text; the library escapes what it is
 * given. Authors go in `dc:creator` (RSS's own `author` must be an e-mail address); topics become
 * categories. A `YYYY-MM` date is published on the first of its month; an undated paper has no
 * `pubDate`, which RSS allows.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { PublicationView } from '../publication-view.ts';
import { homeUrl, paperUrl, type SiteLocation } from './site-urls.ts';
import { texToText } from './tex-to-text.ts';

export const dublinCoreNamespace = 'http://purl.org/dc/elements/1.1/';

export interface FeedContext {
  location: SiteLocation;
  ownerName: string | null;
  topicLabels: ReadonlyMap<string, string>;
}

export function feedOptions(publications: readonly PublicationView[], context: FeedContext): RSSOptions {
  const title = context.ownerName ? `Publications of ${context.ownerName}` : 'Publications';
  return {
    title,
    description: context.ownerName ? `New papers by ${context.ownerName}, newest first.` : 'New papers, newest first.',
    // The channel's <link> is the home page, with the site's base path.
    site: homeUrl(context.location),
    xmlns: { dc: dublinCoreNamespace },
    items: publications.map((publication) => feedItem(publication, context)),
  };
}

export function feedItem(publication: PublicationView, context: FeedContext): RSSFeedItem {
  const byline = [publication.authors.join(', ') + (publication.authorsTruncated ? ' et al.' : ''), publication.venue]
    .filter(Boolean)
    .join(' — ');
  const abstract = texToText(publication.abstract);
  const item: RSSFeedItem = {
    title: texToText(publication.title),
    link: paperUrl(context.location, publication.slug),
    description: [byline, abstract].filter(Boolean).join('\n\n') || texToText(publication.title),
    categories: publication.topics.map((slug) => context.topicLabels.get(slug) ?? slug),
    customData: publication.authors.map((author) => `<dc:creator>${escapeXml(author)}</dc:creator>`).join(''),
  };
  if (publication.date) item.pubDate = publicationDate(publication.date);
  return item;
}

/** `2024-05-02` → that day, `2024-05` → the first of May, at midnight UTC. */
export function publicationDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

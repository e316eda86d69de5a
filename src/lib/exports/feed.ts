/**
 * The RSS feed's channel and items, shaped for `@astrojs/rss`.
 *
 * Feed readers show text, so `$math$` is turned into readable text. A description is HTML, which
 * the reader renders, carried as XML text: so it is escaped twice, once here as HTML (each paragraph a
 * `<p>`) and once by the library as XML, and `x<y` or `<b>` in an abstract reaches the reader as
 * text. Authors go in `dc:creator` (RSS's own `author` must be an e-mail address); topics become
 * categories. The channel says its own address (`atom:link rel="self"`) and its language. A `YYYY-MM` date is published on the first of its month; an undated paper has no
 * `pubDate`, which RSS allows.
 */
import { getRssString, type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import type { PublicationView } from '../publication-view.ts';
import { homeUrl, paperUrl, siteUrl, type SiteLocation } from './site-urls.ts';
import { texToText } from './tex-to-text.ts';

export const dublinCoreNamespace = 'http://purl.org/dc/elements/1.1/';
export const atomNamespace = 'http://www.w3.org/2005/Atom';
/** The site's pages are in English (`<html lang="en">`); so is the feed's own text. */
export const feedLanguage = 'en';

export interface FeedContext {
  location: SiteLocation;
  ownerName: string | null;
  topicLabels: ReadonlyMap<string, string>;
}

/**
 * The feed as XML. Without a configured site its links are paths from the site's root, which feed
 * readers resolve against the feed's own address. The RSS library only writes absolute links, so it
 * is given a reserved origin that can never resolve (RFC 2606's `.invalid`), which is then removed.
 */
export async function feedXml(
  publications: readonly PublicationView[],
  context: FeedContext,
  /** Other items (news), made for the feed's location like the papers' own. */
  otherItems: (location: SiteLocation) => readonly RSSFeedItem[] = () => [],
): Promise<string> {
  if (context.location.site) return getRssString(feedOptions(publications, context, otherItems(context.location)));
  const standIn = 'https://site.invalid';
  const location = { ...context.location, site: standIn };
  const xml = await getRssString(feedOptions(publications, { ...context, location }, otherItems(location)));
  return xml.replaceAll(standIn, '');
}

/** `otherItems` (news) go among the papers by date. */
export function feedOptions(publications: readonly PublicationView[], context: FeedContext, otherItems: readonly RSSFeedItem[] = []): RSSOptions {
  const title = context.ownerName ? `Publications of ${context.ownerName}` : 'Publications';
  return {
    title,
    description: context.ownerName ? `New papers by ${context.ownerName}, newest first.` : 'New papers, newest first.',
    // The channel's <link> is the home page, with the site's base path.
    site: homeUrl(context.location),
    xmlns: { dc: dublinCoreNamespace, atom: atomNamespace },
    customData: [
      `<atom:link href="${escapeXml(siteUrl(context.location, 'feed.xml'))}" rel="self" type="application/rss+xml"/>`,
      `<language>${feedLanguage}</language>`,
    ].join(''),
    items: mergeFeedItems(
      publications.map((publication) => feedItem(publication, context)),
      [...otherItems],
    ),
  };
}

export function feedItem(publication: PublicationView, context: FeedContext): RSSFeedItem {
  const authors = publication.authors.join(', ') + (publication.authorsTruncated ? ' et al.' : '');
  const byline = [authors, publication.venue ? texToText(publication.venue) : undefined].filter(Boolean).join(' — ');
  const paragraphs = [byline, ...texToText(publication.abstract).split(/\n\s*\n/)].filter((text) => text.trim());
  const item: RSSFeedItem = {
    title: texToText(publication.title),
    link: paperUrl(context.location, publication.slug),
    description: htmlParagraphs(paragraphs.length > 0 ? paragraphs : [texToText(publication.title)]),
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
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Feed items newest first, news among papers; undated items last, in their given order. */
export function mergeFeedItems(...lists: readonly RSSFeedItem[][]): RSSFeedItem[] {
  const time = (item: RSSFeedItem) => (item.pubDate ? new Date(item.pubDate).getTime() : -Infinity);
  // Two undated items compare as NaN: `|| 0` keeps them in their given order (the sort is stable).
  return lists.flat().sort((a, b) => time(b) - time(a) || 0);
}

/** Text as HTML paragraphs, every character that HTML would read as markup escaped. */
export function htmlParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeXml(paragraph)}</p>`)
    .join('');
}

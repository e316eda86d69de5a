/**
 * News items for the home page, `/news/` and the feed: newest first, each with its HTML (rendered by
 * the site's Markdown processor when the collection loads) and its text (for the feed). Pure, so
 * tests build items without Astro.
 */
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { RSSFeedItem } from '@astrojs/rss';
import { htmlParagraphs, publicationDate } from './exports/feed.ts';
import { siteUrl, type SiteLocation } from './exports/site-urls.ts';
import { sitePaths } from './site-paths.ts';
import { truncateText } from './truncate-text.ts';

export interface NewsItem {
  /** The file name without `.md`. */
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title?: string;
  /** The body as HTML, for the pages. */
  html: string;
  /** The body as text, for the feed. */
  text: string;
}

/** How many items the home page shows; `/news/` has them all. */
export const homeNewsCount = 3;

const parser = unified().use(remarkParse);

/** The text of a Markdown body: what a feed reader shows. */
export function newsText(markdown: string): string {
  return parser
    .parse(markdown)
    .children.map((block) => textOf(block).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function textOf(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** Newest first; items of the same day by file name, so the order is stable. */
export function sortNews(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The item's anchor on the news page; an id must begin with a letter, and file names often are dates. */
export function newsAnchor(id: string): string {
  return `news-${id}`;
}

/** A news item in the feed: its own headline (or its first words), linking to `/news/#<id>`. */
export function newsFeedItem(item: NewsItem, location: SiteLocation): RSSFeedItem {
  return {
    title: item.title ?? truncateText(item.text.split('\n\n')[0] ?? item.text, 120),
    link: `${siteUrl(location, sitePaths.news)}#${encodeURIComponent(newsAnchor(item.id))}`,
    // HTML, escaped like a paper's description, so that `x<y` in an item reaches a reader as text.
    description: htmlParagraphs(item.text.split('\n\n')),
    pubDate: publicationDate(item.date),
    categories: ['News'],
  };
}

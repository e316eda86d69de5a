/** `/feed.xml`: an RSS 2.0 feed of publications and news items, newest first. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedOptions } from '../lib/exports/feed.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { loadNews } from '../lib/load-news.ts';
import { mergeFeedItems, newsFeedItem } from '../lib/news.ts';

export const GET: APIRoute = async (context) => {
  const { publications, settings, topicLabels, location } = await loadExportInput(context);
  const options = feedOptions(publications, { location, ownerName: settings.ownerName, topicLabels });
  const news = (await loadNews()).map((item) => newsFeedItem(item, location));
  return rss({ ...options, items: mergeFeedItems(options.items as RSSFeedItem[], news) });
};

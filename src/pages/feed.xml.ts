/** `/feed.xml`: an RSS 2.0 feed of publications and news items, newest first. */
import type { APIRoute } from 'astro';
import { feedXml } from '../lib/exports/feed.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { loadNews } from '../lib/load-news.ts';
import { newsFeedItem } from '../lib/news.ts';

export const GET: APIRoute = async () => {
  const { publications, settings, topicLabels, location } = await loadExportInput();
  const news = await loadNews();
  const xml = await feedXml(publications, { location, ownerName: settings.ownerName, topicLabels }, (feedLocation) =>
    news.map((item) => newsFeedItem(item, feedLocation)),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};

/** `/feed.xml`: an RSS 2.0 feed of publications, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedOptions } from '../lib/exports/feed.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';

export const GET: APIRoute = async (context) => {
  const { publications, settings, topicLabels, location } = await loadExportInput(context);
  return rss(feedOptions(publications, { location, ownerName: settings.ownerName, topicLabels }));
};

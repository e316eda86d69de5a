/** `/feed.xml`: an RSS 2.0 feed of publications, newest first. */
import type { APIRoute } from 'astro';
import { feedXml } from '../lib/exports/feed.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';

export const GET: APIRoute = async () => {
  const { publications, settings, topicLabels, location } = await loadExportInput();
  const xml = await feedXml(publications, { location, ownerName: settings.ownerName, topicLabels });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};

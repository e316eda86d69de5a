/** `/embed.js`: the `<publication-list>` web component with this site's publications inlined. */
import type { APIRoute } from 'astro';
import { toEmbedData } from '../lib/exports/embed-data.ts';
import { bundleEmbedCode, wrapEmbedScript } from '../lib/exports/embed-script.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';

export const GET: APIRoute = async () => {
  const { publications, settings, topicLabels, location } = await loadExportInput();
  const data = toEmbedData(publications, {
    location,
    ownerName: settings.ownerName,
    ownerNames: settings.ownerNames,
    topicLabels,
  });
  const script = wrapEmbedScript(await bundleEmbedCode(), data, data.home);
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

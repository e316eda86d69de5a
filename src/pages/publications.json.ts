/** `/publications.json`: see `src/lib/exports/publications-json.ts` for the schema. */
import type { APIRoute } from 'astro';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { publicationsExportSchema, toPublicationsExport } from '../lib/exports/publications-json.ts';

export const GET: APIRoute = async () => {
  const input = await loadExportInput();
  const body = toPublicationsExport(input.publications, {
    location: input.location,
    owner: {
      name: input.settings.ownerName,
      headline: input.settings.profile.headline,
      affiliation: input.settings.profile.affiliation,
    },
    topicLabels: input.topicLabels,
    citationKeys: input.citationKeys,
  });
  // Fail the build rather than publish a file that breaks the documented contract.
  publicationsExportSchema.parse(body);
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

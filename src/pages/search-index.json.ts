/** `/search-index.json`: what the search box searches, downloaded on its first focus. See search-documents.ts. */
import type { APIRoute } from 'astro';
import { loadPublications } from '../lib/load-publications.ts';
import { loadTaxonomy } from '../lib/load-taxonomy.ts';
import { buildSearchPayload } from '../lib/search-documents.ts';
import { createTopicLabeler } from '../lib/topic-labels.ts';

export const GET: APIRoute = async () => {
  const payload = buildSearchPayload(await loadPublications(), createTopicLabeler(loadTaxonomy()));
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

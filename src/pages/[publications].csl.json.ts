/**
 * `/publications.csl.json`: CSL-JSON for citeproc, Zotero, Pandoc; ids are the BibTeX keys. A route of
 * one path, like `/publications.bib`, for its build-cache key.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportCacheKey } from '../lib/build-cache-key.ts';
import { cslItemsSchema, toCslItem } from '../lib/citations/csl.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { absolutePaperUrl } from '../lib/exports/site-urls.ts';

export const getStaticPaths = (async () => [
  { params: { publications: 'publications' }, cacheKey: exportCacheKey(await loadExportInput()) },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { publications, citationKeys, location } = await loadExportInput();
  const items = cslItemsSchema.parse(
    publications.map((publication) =>
      toCslItem(publication, {
        id: citationKeys.get(publication.slug)!,
        url: absolutePaperUrl(location, publication.slug),
      }),
    ),
  );
  return new Response(JSON.stringify(items, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};

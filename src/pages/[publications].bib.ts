/**
 * `/publications.bib`: every publication, newest first, keys unique across the site. A route of one
 * path rather than a static one, so that it has a build-cache key (see `exportCacheKey`): a rebuild
 * that changes no paper keeps the last build's file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportCacheKey } from '../lib/build-cache-key.ts';
import { toBibtexList } from '../lib/citations/bibtex.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { absolutePaperUrl } from '../lib/exports/site-urls.ts';

export const getStaticPaths = (async () => [
  { params: { publications: 'publications' }, cacheKey: exportCacheKey(await loadExportInput()) },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { publications, location } = await loadExportInput();
  const bibtex = toBibtexList(publications, (publication) => absolutePaperUrl(location, publication.slug));
  return new Response(bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};

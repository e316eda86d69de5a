/** `/publications.bib`: every publication, newest first, keys unique across the site. */
import type { APIRoute } from 'astro';
import { toBibtexList } from '../lib/citations/bibtex.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { absolutePaperUrl } from '../lib/exports/site-urls.ts';

export const GET: APIRoute = async () => {
  const { publications, location } = await loadExportInput();
  const bibtex = toBibtexList(publications, (publication) => absolutePaperUrl(location, publication.slug));
  return new Response(bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};

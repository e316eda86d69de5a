/** `/publications/<slug>.bib`: one publication's BibTeX, with the same key as in `/publications.bib`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCacheKey } from '../../lib/build-cache-key.ts';
import { citationKeysOf } from '../../lib/citation-keys.ts';
import { toBibtex } from '../../lib/citations/bibtex.ts';
import { loadExportInput } from '../../lib/exports/load-export-input.ts';
import { loadPublications } from '../../lib/load-publications.ts';
import { absolutePaperUrl } from '../../lib/exports/site-urls.ts';
import type { PublicationView } from '../../lib/publication-view.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  const citationKeys = citationKeysOf(publications);
  return publications.map((publication) => {
    const props = { publication, citationKey: citationKeys.get(publication.slug) };
    return { params: { slug: publication.slug }, props, cacheKey: buildCacheKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: PublicationView; citationKey: string | undefined }> = async (context) => {
  const { location } = await loadExportInput();
  const { publication, citationKey } = context.props;
  const bibtex = toBibtex(publication, {
    url: absolutePaperUrl(location, publication.slug),
    ...(citationKey ? { key: citationKey } : {}),
  });
  return new Response(bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};

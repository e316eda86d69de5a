/** `/publications/<slug>.bib`: one publication's BibTeX, with the same key as in `/publications.bib`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex } from '../../lib/citations/bibtex.ts';
import { loadExportInput } from '../../lib/exports/load-export-input.ts';
import { loadPublications } from '../../lib/load-publications.ts';
import { paperUrl } from '../../lib/exports/site-urls.ts';
import type { PublicationView } from '../../lib/publication-view.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  return publications.map((publication) => ({ params: { slug: publication.slug }, props: { publication } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: PublicationView }> = async (context) => {
  const { citationKeys, location } = await loadExportInput(context);
  const { publication } = context.props;
  const bibtex = toBibtex(publication, {
    url: paperUrl(location, publication.slug),
    key: citationKeys.get(publication.slug)!,
  });
  return new Response(bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};

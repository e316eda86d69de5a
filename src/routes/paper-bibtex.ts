/**
 * `/publications/<slug>.bib` in `astro dev` only: one publication's BibTeX, with the same key as in
 * `/publications.bib`. A build writes these as files instead (src/integrations/paper-bibtex-files.ts),
 * which injects this route for the dev server.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationKeysOf } from '../lib/citation-keys.ts';
import { loadExportInput } from '../lib/exports/load-export-input.ts';
import { paperBibtex } from '../lib/exports/paper-bibtex.ts';
import { loadPublications } from '../lib/load-publications.ts';
import type { PublicationView } from '../lib/publication-view.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  const citationKeys = citationKeysOf(publications);
  return publications.map((publication) => ({
    params: { slug: publication.slug },
    props: { publication, citationKey: citationKeys.get(publication.slug) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: PublicationView; citationKey: string | undefined }> = async (context) => {
  const { location } = await loadExportInput();
  const { publication, citationKey } = context.props;
  return new Response(paperBibtex(publication, citationKey, location), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};

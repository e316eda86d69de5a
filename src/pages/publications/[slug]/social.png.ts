/** `/publications/<slug>/social.png`: the paper's 1200×630 card for link previews, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublications } from '../../../lib/load-publications.ts';
import { loadSiteSettings } from '../../../lib/load-site-settings.ts';
import type { PublicationView } from '../../../lib/publication-view.ts';
import { renderSocialImage, warmSocialImages } from '../../../lib/render-social-image.ts';
import { socialCardFor } from '../../../lib/social-card.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  // Astro asks every route for its paths before it renders any page, so in a build the cards start
  // rendering here, on sharp's threads, while the main thread renders the pages. (A dev server asks
  // for one card at a time and renders only that one.)
  if (import.meta.env.PROD) {
    const { ownerName } = loadSiteSettings();
    void warmSocialImages(publications.map((publication) => socialCardFor(publication, ownerName)));
  }
  return publications.map((publication) => ({ params: { slug: publication.slug }, props: { publication } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const publication = (props as { publication: PublicationView }).publication;
  const png = await renderSocialImage(socialCardFor(publication, loadSiteSettings().ownerName));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

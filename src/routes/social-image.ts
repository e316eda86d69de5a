/**
 * `/publications/<slug>/social.png` in `astro dev` only: draws a paper's card when a browser asks
 * for it. A build writes the cards as files instead (src/integrations/social-images.ts), which
 * injects this route for the dev server.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublications } from '../lib/load-publications.ts';
import { loadSiteSettings } from '../lib/load-site-settings.ts';
import { renderSocialImage } from '../lib/render-social-image.ts';
import { socialCardFor, type SocialCardText } from '../lib/social-card.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  const { ownerName } = loadSiteSettings();
  return publications.map((publication) => ({
    params: { slug: publication.slug },
    props: { card: socialCardFor(publication, ownerName) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardText }> = async ({ props }) => {
  const png = await renderSocialImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

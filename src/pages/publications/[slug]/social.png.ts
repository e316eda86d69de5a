/** `/publications/<slug>/social.png`: the paper's 1200×630 card for link previews, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublications } from '../../../lib/load-publications.ts';
import { loadSiteSettings } from '../../../lib/load-site-settings.ts';
import { buildCacheKey } from '../../../lib/build-cache-key.ts';
import { renderSocialImage } from '../../../lib/render-social-image.ts';
import { socialCardFor, type SocialCardText } from '../../../lib/social-card.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  // The warm-social-images integration has been drawing the cards since the build started; a card
  // it has not reached yet is drawn when its route asks. An incremental build skips unchanged cards.
  const { ownerName } = loadSiteSettings();
  return publications.map((publication) => {
    const card = socialCardFor(publication, ownerName);
    return { params: { slug: publication.slug }, props: { card }, cacheKey: buildCacheKey(card) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardText }> = async ({ props }) => {
  const png = await renderSocialImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

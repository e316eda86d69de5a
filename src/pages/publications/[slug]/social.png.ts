/** `/publications/<slug>/social.png`: the paper's 1200×630 card for link previews, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublications } from '../../../lib/load-publications.ts';
import { loadSiteSettings } from '../../../lib/load-site-settings.ts';
import { buildCacheKey } from '../../../lib/build-cache-key.ts';
import { renderSocialImage, warmSocialImages } from '../../../lib/render-social-image.ts';
import { socialCardFor, type SocialCardText } from '../../../lib/social-card.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  // Astro asks every route for its paths before it renders any page, so in a build the cards start
  // rendering here, on sharp's threads, while the main thread renders the pages. (A dev server asks
  // for one card at a time and renders only that one.) An incremental build skips unchanged cards.
  const { ownerName } = loadSiteSettings();
  const paths = publications.map((publication) => {
    const card = socialCardFor(publication, ownerName);
    return { params: { slug: publication.slug }, props: { card }, cacheKey: buildCacheKey(card) };
  });
  if (import.meta.env.PROD) void warmSocialImages(paths.map((path) => path.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardText }> = async ({ props }) => {
  const png = await renderSocialImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

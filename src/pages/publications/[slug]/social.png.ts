/** `/publications/<slug>/social.png`: the paper's 1200×630 card for link previews, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublications } from '../../../lib/load-publications.ts';
import { loadSiteSettings } from '../../../lib/load-site-settings.ts';
import type { PublicationView } from '../../../lib/publication-view.ts';
import { renderSocialImage } from '../../../lib/render-social-image.ts';
import { socialCardSvg } from '../../../lib/social-card.ts';
import { venueLine } from '../../../lib/venue-line.ts';

export const getStaticPaths = (async () => {
  const publications = await loadPublications();
  return publications.map((publication) => ({ params: { slug: publication.slug }, props: { publication } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const publication = (props as { publication: PublicationView }).publication;
  const { ownerName } = loadSiteSettings();
  const authors =
    publication.authors.length > 4
      ? `${publication.authors.slice(0, 4).join(', ')} et al.`
      : publication.authors.join(', ');
  const svg = socialCardSvg({
    title: publication.title,
    authors: publication.authorsTruncated && publication.authors.length <= 4 ? `${authors} et al.` : authors,
    meta: venueLine(publication.venue, publication.year),
    siteName: ownerName ?? 'Publications',
  });
  const png = await renderSocialImage(svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

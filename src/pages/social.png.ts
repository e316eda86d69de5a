/**
 * `/social.png`: the home page's card for link previews (Open Graph / Twitter), drawn like the
 * papers' cards (see `social-card.ts`), from the owner's name, headline and leading topics.
 */
import type { APIRoute } from 'astro';
import { loadPublications } from '../lib/load-publications.ts';
import { loadSiteSettings } from '../lib/load-site-settings.ts';
import { loadTaxonomy } from '../lib/load-taxonomy.ts';
import { renderSocialImage } from '../lib/render-social-image.ts';
import { homeSocialCard } from '../lib/social-card.ts';
import { countTopics, topicsInUse } from '../lib/topic-counts.ts';

export const GET: APIRoute = async () => {
  const publications = await loadPublications();
  const { ownerName, profile } = loadSiteSettings();
  const card = homeSocialCard({
    ownerName,
    headline: profile.headline,
    affiliation: profile.affiliation,
    publicationCount: publications.length,
    topTopics: topicsInUse(countTopics(publications, loadTaxonomy())).map((topic) => topic.label),
  });
  return new Response(new Uint8Array(await renderSocialImage(card)), { headers: { 'Content-Type': 'image/png' } });
};

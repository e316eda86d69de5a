/**
 * Starts drawing the papers' social cards as soon as `astro build` has read its config, in the
 * background, so that sharp's threads draw them while Astro syncs the collection and bundles the
 * site: seconds of work on one core that the cards would otherwise wait behind. (`npm run build`
 * runs the ingest first, so the collection's files are final by then.) The card routes later find
 * them cached (see `src/lib/render-social-image.ts`); a card not ready yet is awaited or drawn there.
 *
 * The cards are built from the collection's files exactly as the pages build them (frontmatter
 * through the shared schema, then the same view), so both ask for the same images. Files that do
 * not parse are skipped here: the collection's loader reports them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { splitPublicationFile } from '../../scripts/ingest/reconcile/publication-file.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { loadSiteSettings } from '../lib/load-site-settings.ts';
import { toPublicationView } from '../lib/publication-view.ts';
import { warmSocialImages } from '../lib/render-social-image.ts';
import { socialCardFor, type SocialCardText } from '../lib/social-card.ts';
import { publicationSchema } from '../schema/publication.ts';

export function warmSocialImagesOnBuild(): AstroIntegration {
  return {
    name: 'warm-social-images',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // Not awaited: the build goes on while the cards are drawn.
        void cardsOfCollection(contentPaths.publications)
          .then((cards) => warmSocialImages(cards))
          .catch((error: unknown) => logger.warn(`Social cards were not drawn ahead: ${(error as Error).message}`));
      },
    },
  };
}

/** The cards of every publication the site shows, as its pages will ask for them. */
export async function cardsOfCollection(folder: string): Promise<SocialCardText[]> {
  const { ownerName } = loadSiteSettings();
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
  const cards: SocialCardText[] = [];
  for (const name of names) {
    const read = splitPublicationFile(await readFile(join(folder, name), 'utf8'));
    const parsed = read.ok ? publicationSchema.safeParse(read.file.data) : undefined;
    if (!parsed?.success || parsed.data.hidden) continue;
    // The card shows no abstract: the body need not be read.
    cards.push(socialCardFor(toPublicationView(name.replace(/\.mdx$/, ''), parsed.data, ''), ownerName));
  }
  return cards;
}

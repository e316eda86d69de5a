/**
 * The papers' social cards, `/publications/<slug>/social.png`.
 *
 * In a build they are files, not routes. Drawing starts as soon as `astro build` has read its
 * config and its ingest is done (see ingest-on-build.ts), on a worker thread
 * (social-images-worker.ts), while Astro syncs the collection and renders the pages on the main thread.
 * Each card is hard-linked from the cache (`src/lib/render-social-image.ts`) into the folder the
 * build writes (`dist.next/`, see atomic-output.ts) as soon as it is drawn: the last cards are often
 * drawn after the last page, and placing all 1,000 only then made the time from the last card to
 * the end of a 1,000-paper build 0.5 s instead of 0.13 s (CPU profiles).
 * As a route, every card also went through a Response and a file write of Astro's own: on the
 * 1,000-paper benchmark that was 3 s of CPU out of 20.
 *
 * `astro dev` draws each card when a browser asks for it, through an injected route.
 *
 * The cards are built from the collection's files exactly as the pages build theirs (frontmatter
 * through the shared schema, then the same view), so a page's `og:image` names a card that exists.
 * Files that do not parse are skipped here: the collection's loader reports them.
 */
import { copyFile, link, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentPaths } from '../lib/content-paths.ts';
import { ingestFinished } from '../lib/ingest-in-progress.ts';
import { loadSiteSettings } from '../lib/load-site-settings.ts';
import { publicationFileNames, readPublicationView } from '../lib/read-publication-views.ts';
import { socialImageFile } from '../lib/render-social-image.ts';
import { socialCardFor, type SocialCardText } from '../lib/social-card.ts';
import { sitePaths } from '../lib/site-paths.ts';

/** One paper's card, and the slug its page uses. */
export interface PaperCard {
  slug: string;
  card: SocialCardText;
}

/**
 * A card drawn into the cache (`file`) and placed in the build's folder (`placed`, when one was
 * given), or why it could not be.
 */
export type DrawnCard = PaperCard & ({ file: string; placed?: string } | { error: Pick<Error, 'message'> });

/**
 * The integration, and which files in `dist/` it wrote or left in place: the cards are no route's
 * output, so `pruneStaleOutput` must be told to keep them.
 */
export function socialImages(): AstroIntegration & { isOutput: (path: string) => boolean } {
  let building = false;
  let drawing: Promise<DrawnCard[]> | undefined;
  const outputs = new Set<string>();
  return {
    name: 'social-images',
    isOutput: (path) => outputs.has(path),
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({ pattern: '/publications/[slug]/social.png', entrypoint: './src/routes/social-image.ts' });
        building = command === 'build';
      },
      // The output folder is final here, once every integration has had its say (atomic-output.ts).
      'astro:config:done': ({ config }) => {
        if (!building) return;
        // Not awaited: the build goes on while the cards are drawn.
        drawing = ingestFinished().then(() => drawOnThread(contentPaths.publications, fileURLToPath(config.outDir)));
        // A failed ingest stops the build in the collection's loader, with its message; this hook
        // then never gets to wait for the cards, and the rejection must not crash the process first.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const drawn = await drawing;
        const failed = drawn.flatMap((entry) => ('error' in entry ? [entry] : []));
        for (const { slug, error } of failed)
          logger.error(`The social image of ${slug} could not be drawn: ${error.message}`);
        const root = fileURLToPath(dir);
        await forEachLimited(drawn, 16, async (entry) => {
          if (!('file' in entry)) return;
          const target = join(root, sitePaths.paperSocialImage(entry.slug));
          // Placed while drawn, unless the build's folder turned out to be another one.
          if (entry.placed !== target) await placeFile(entry.file, target);
          outputs.add(target);
        });
        if (failed.length > 0) throw new Error(`${failed.length} social image(s) could not be drawn; see above.`);
      },
    },
  };
}

/**
 * Reads and draws the collection's cards on a worker thread (see social-images-worker.ts), and
 * places them in `outDir`. Where a worker cannot start, they are drawn here instead: slower, but
 * the same cards.
 */
function drawOnThread(folder: string, outDir: string): Promise<DrawnCard[]> {
  return new Promise<DrawnCard[]>((resolve, reject) => {
    const worker = new Worker(new URL('./social-images-worker.ts', import.meta.url), {
      workerData: { folder, outDir },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The social-image thread stopped early (exit code ${code}).`)));
  }).catch(() => drawCollection(folder, outDir));
}

/**
 * Draws the collection's cards not cached yet, two at a time: one per core. More sharp pipelines
 * at once only took cores from the page rendering. Each file is read just before its card is drawn,
 * while the other card is being drawn, so the first card starts at once: reading all 1,000 files
 * first had kept sharp waiting 0.4 s. With an `outDir`, each card is placed there as it is drawn.
 */
export async function drawCollection(folder: string, outDir?: string): Promise<DrawnCard[]> {
  const { ownerName } = loadSiteSettings();
  const drawn: DrawnCard[] = [];
  await forEachLimited(await publicationFileNames(folder), 2, async (name) => {
    const entry = cardOfFile(folder, name, ownerName);
    if (!entry) return;
    let file: string;
    try {
      file = await socialImageFile(entry.card);
    } catch (error) {
      drawn.push({ ...entry, error: error as Error });
      return;
    }
    if (outDir === undefined) {
      drawn.push({ ...entry, file });
      return;
    }
    const target = join(outDir, sitePaths.paperSocialImage(entry.slug));
    // A card that cannot be placed now is placed again when the build is done, and fails there.
    const placed = await placeFile(file, target).then(
      () => true,
      () => false,
    );
    drawn.push({ ...entry, file, ...(placed ? { placed: target } : {}) });
  });
  return drawn;
}

/** One file's card; none for a hidden paper or a file that does not parse (the loader reports those). */
function cardOfFile(folder: string, name: string, ownerName: string | null): PaperCard | undefined {
  // The card shows no abstract: the body need not be read.
  const publication = readPublicationView(folder, name, { withBody: false });
  return publication && { slug: publication.slug, card: socialCardFor(publication, ownerName) };
}

/**
 * Puts `source` at `target` as a hard link: no copy, and an unchanged card keeps its file (and
 * its modification time, which deploy tools compare). A copy where links cannot be made, as across
 * file systems. The link is made beside the target and renamed over it, so a reader never sees a
 * missing or half-written card.
 */
export async function placeFile(source: string, target: string): Promise<void> {
  const [wanted, present] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (present && present.ino === wanted.ino && present.dev === wanted.dev) return;
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  await link(source, temporary).catch(() => copyFile(source, temporary));
  await rename(temporary, target);
}

/** Runs `task` over `items`, at most `limit` at once. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

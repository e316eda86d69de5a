/**
 * Turns a social card into PNG with sharp, caching by content hash in
 * `node_modules/.cache/social-images/` so a warm build only renders the cards whose text changed.
 *
 * The text is one block of Pango markup, flattened onto the background colour and padded out to the
 * card's size. Drawing the same card as SVG took about twice as long (15 ms against 8: librsvg lays
 * text out per element and rasterises the whole canvas), which made the cards most of a clean build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  socialCardColours,
  socialCardMargin,
  socialCardMarkup,
  socialImageSize,
  type SocialCardText,
} from './social-card.ts';

const cacheDirectory = join(process.cwd(), 'node_modules', '.cache', 'social-images');

/**
 * Cards being rendered right now, by key. Two papers can share a card (the same title, authors and
 * venue), and a card warmed in the background may be requested before it is done; each is rendered
 * once and its promise shared, instead of racing to write the same cache file. The table lives on
 * `globalThis` because a build loads this module twice in one process: once for the integration
 * that draws the cards early (astro.config.mjs) and once in the bundle of the pages.
 */
const inFlightKey = Symbol.for('research-profile.social-images-in-flight');
const inFlight = ((globalThis as Record<symbol, unknown>)[inFlightKey] ??= new Map()) as Map<string, Promise<Buffer>>;

function cacheKey(markup: string): string {
  // The sharp version is part of the key: a new libvips or Pango may draw text differently.
  return createHash('sha256').update(sharp.versions.vips).update('\0').update(markup).digest('hex');
}

const cacheFile = (key: string) => join(cacheDirectory, `${key}.png`);

export function renderSocialImage(card: SocialCardText): Promise<Buffer> {
  const markup = socialCardMarkup(card);
  const key = cacheKey(markup);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const rendering = cachedOrRendered(key, markup).finally(() => inFlight.delete(key));
  inFlight.set(key, rendering);
  return rendering;
}

/**
 * Renders every card not yet cached, `parallel` at a time, on sharp's threads: the
 * warm-social-images integration starts this when a build starts, and the card routes then mostly
 * read finished files.
 * Resolves when all are cached; failures are left for the route that asks for the card to report.
 */
export async function warmSocialImages(cards: readonly SocialCardText[], parallel = 2): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < cards.length) {
      const card = cards[next++] as SocialCardText;
      // Cached cards are not read here: a warm build may not ask for them at all. Cards in flight
      // (requested by a card route meanwhile) are not drawn twice.
      const key = cacheKey(socialCardMarkup(card));
      if (inFlight.has(key) || existsSync(cacheFile(key))) continue;
      // Only the file is kept: holding every card's bytes would cost hundreds of MB at 10,000 papers.
      await renderSocialImage(card).then(
        () => undefined,
        () => undefined,
      );
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

async function cachedOrRendered(key: string, markup: string): Promise<Buffer> {
  const cached = cacheFile(key);
  try {
    return await readFile(cached);
  } catch {
    // Not cached yet.
  }
  const png = await drawCard(markup);
  await mkdir(cacheDirectory, { recursive: true });
  // Write then rename, so a build killed halfway never leaves a truncated file that looks cached.
  const temporary = `${cached}.${process.pid}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, cached);
  return png;
}

async function drawCard(markup: string): Promise<Buffer> {
  const { width, height } = socialImageSize;
  const { left, vertical, textWidth } = socialCardMargin;
  const text = { text: markup, width: textWidth, dpi: 72, rgba: true, wrap: 'word' } as const;
  // Measured first (Pango lays the text out without drawing it), then drawn in one pipeline. Taking
  // the drawn text back into JavaScript to measure it cost a megabyte Buffer per card, and those
  // Buffers made V8 run a full garbage collection every few dozen cards during a build.
  const measured = await sharp({ text }).metadata();
  // The block is centred vertically. It can be taller than the card only if a name or venue wraps
  // many times; then it is cropped.
  const textHeight = Math.min(measured.height ?? 0, height - 2 * vertical);
  const textWidthUsed = Math.min(measured.width ?? 0, width - left);
  const top = Math.floor((height - textHeight) / 2);
  return (
    sharp({ text })
      .extract({ left: 0, top: 0, width: textWidthUsed, height: textHeight })
      .flatten({ background: socialCardColours.background })
      .extend({
        top,
        bottom: height - top - textHeight,
        left,
        right: width - left - textWidthUsed,
        background: socialCardColours.background,
      })
      // Level 3 compresses these flat cards within 15% of level 6 in two thirds of the time.
      .png({ compressionLevel: 3 })
      .toBuffer()
  );
}

/**
 * Turns a social card's SVG into PNG with sharp, caching by content hash in
 * `node_modules/.cache/social-images/` so a warm build only renders the cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const cacheDirectory = join(process.cwd(), 'node_modules', '.cache', 'social-images');

/**
 * Cards being rendered right now, by key. Pages build two at a time, and two papers can share a
 * card (the same title, authors and venue); they share one rendering instead of racing to write
 * the same cache file.
 */
const inFlight = new Map<string, Promise<Buffer>>();

export function renderSocialImage(svg: string): Promise<Buffer> {
  // The sharp version is part of the key: a new libvips may draw text differently.
  const key = createHash('sha256').update(sharp.versions.vips).update('\0').update(svg).digest('hex');
  const pending = inFlight.get(key);
  if (pending) return pending;
  const rendering = cachedOrRendered(key, svg).finally(() => inFlight.delete(key));
  inFlight.set(key, rendering);
  return rendering;
}

async function cachedOrRendered(key: string, svg: string): Promise<Buffer> {
  const cached = join(cacheDirectory, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not cached yet.
  }
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  await mkdir(cacheDirectory, { recursive: true });
  // Write then rename, so a build killed halfway never leaves a truncated file that looks cached.
  const temporary = `${cached}.${process.pid}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, cached);
  return png;
}

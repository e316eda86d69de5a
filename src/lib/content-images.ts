/**
 * The images the owner keeps under `content/` (not the source documents), for astro:assets to resize
 * at build: the profile photo, papers' previews. Vite only processes images it knows at build time,
 * so every one is made importable here, lazily, and only those a page names are ever loaded.
 */
import type { ImageMetadata } from 'astro';

const images = import.meta.glob<{ default: ImageMetadata }>([
  '/content/**/*.{jpg,jpeg,png,webp,avif,gif,tiff}',
  '!/content/sources/**',
]);

/** The image at `path`, relative to `content/` (`photo.jpg`, `./previews/kelp.png`), if there is one. */
export async function contentImage(path: string): Promise<ImageMetadata | undefined> {
  const load = images[`/content/${path.replace(/^\.?\/+/, '')}`];
  return load ? (await load()).default : undefined;
}

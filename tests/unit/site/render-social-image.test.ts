import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSocialImage, socialImageFile } from '../../../src/lib/render-social-image.ts';
import type { SocialCardText } from '../../../src/lib/social-card.ts';

/** A card no earlier run has cached. */
const freshCard = (title: string, fields: Partial<SocialCardText> = {}): SocialCardText => ({
  title: `${title} ${process.pid} ${Date.now()} ${Math.random()}`,
  authors: 'A. Author',
  meta: '2025',
  siteName: 'Test',
  ...fields,
});

/** The colour of one pixel, as [r, g, b]. */
async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [...data.subarray(offset, offset + 3)];
}

describe('renderSocialImage', () => {
  it('renders two identical cards requested at once (two papers, same title) without a race', async () => {
    const card = freshCard('Twin Titles');
    const [first, second] = await Promise.all([renderSocialImage(card), renderSocialImage(card)]);
    expect(first.equals(second)).toBe(true);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('draws the text on the card background, and keeps the card size with the longest text', async () => {
    const long = 'Wide Words '.repeat(40);
    const card = await renderSocialImage(freshCard(long, { authors: long, meta: long, siteName: long }));
    expect(await sharp(card).metadata()).toMatchObject({ width: 1200, height: 630 });
    // The corner is background (#fbfaf7); somewhere in the text block there is dark ink.
    expect(await pixel(card, 2, 2)).toEqual([0xfb, 0xfa, 0xf7]);
    const { data } = await sharp(card)
      .extract({ left: 80, top: 56, width: 1040, height: 518 })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data.reduce((darkest, value) => Math.min(darkest, value), 255)).toBeLessThan(80);
  });

  it('caches each card in a file of its own, the same image as one rendered on request', async () => {
    const cards = [freshCard('Warm one'), freshCard('Warm two'), freshCard('Warm three')];
    const files = await Promise.all(cards.map((card) => socialImageFile(card)));
    expect(new Set(files).size).toBe(3);
    const warmed = await Promise.all(cards.map((card) => renderSocialImage(card)));
    for (const [index, file] of files.entries()) expect(readFileSync(file).equals(warmed[index] as Buffer)).toBe(true);
    expect(new Set(warmed.map((png) => png.toString('base64'))).size).toBe(3);
    // Same text, same bytes: the output is deterministic, cached or not.
    const again = await renderSocialImage({ ...(cards[0] as SocialCardText) });
    expect(again.equals(warmed[0] as Buffer)).toBe(true);
  });
});

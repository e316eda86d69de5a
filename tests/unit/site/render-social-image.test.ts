import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSocialImage } from '../../../src/lib/render-social-image.ts';
import { socialCardSvg } from '../../../src/lib/social-card.ts';

describe('renderSocialImage', () => {
  it('renders two identical cards requested at once (two papers, same title) without a race', async () => {
    const svg = socialCardSvg({ title: `Twin Titles ${process.pid} ${Date.now()}`, authors: 'A. Author', meta: '2025', siteName: 'Test' });
    const [first, second] = await Promise.all([renderSocialImage(svg), renderSocialImage(svg)]);
    expect(first.equals(second)).toBe(true);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});

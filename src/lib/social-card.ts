/**
 * The 1200×630 image shown when a paper is shared (Open Graph / Twitter cards), drawn as SVG and
 * turned into PNG by sharp at build time. Only system fonts: the build must not fetch anything.
 */
import { truncateText } from './truncate-text.ts';

export const socialImageSize = { width: 1200, height: 630 } as const;

export interface SocialCardText {
  title: string;
  authors: string;
  /** "ICML 2025 · 2025" or just the year. */
  meta: string;
  /** The site owner's name, or the site's name. */
  siteName: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Greedy word wrap by an average glyph width (no font metrics at build time). Lines past
 * `maxLines` are dropped and the last kept line ends in an ellipsis.
 */
export function wrapText(text: string, maxCharsPerLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxCharsPerLine || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((line) => truncateText(line, maxCharsPerLine));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, maxCharsPerLine);
  return kept;
}

/** TeX commands read badly on a card: `$\frac{E}{m}$` becomes `E/m`-ish plain text. */
function plainTitle(title: string): string {
  return title
    .replace(/\$([^$]*)\$/g, (_, tex: string) =>
      tex
        .replace(/\\[a-zA-Z]+/g, ' ')
        .replace(/[{}^_]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .trim();
}

export function socialCardSvg(card: SocialCardText): string {
  const { width, height } = socialImageSize;
  const title = plainTitle(card.title);
  // Shorter titles get bigger type; the wrap width follows the font size.
  const fontSize = title.length <= 60 ? 64 : title.length <= 110 ? 54 : 44;
  const lineHeight = Math.round(fontSize * 1.18);
  // Bold serif glyphs average about 0.62 em (DejaVu Serif, the widest fallback); wrap for that.
  const lines = wrapText(title, Math.floor(1040 / (fontSize * 0.62)), 4);
  const titleTop = 200;
  const titleTspans = lines
    .map((line, index) => `<tspan x="80" y="${titleTop + index * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const authorsY = titleTop + lines.length * lineHeight + 30;
  const serif = `'DejaVu Serif', 'Liberation Serif', Georgia, serif`;
  const sans = `'DejaVu Sans', 'Liberation Sans', Arial, sans-serif`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect x="0" y="0" width="16" height="${height}" fill="#1f4e8c"/>
<text x="80" y="110" font-family="${sans}" font-size="28" letter-spacing="2" fill="#4a4f5a">${escapeXml(truncateText(card.siteName, 60).toUpperCase())}</text>
<text font-family="${serif}" font-size="${fontSize}" font-weight="bold" fill="#15171c">${titleTspans}</text>
<text x="80" y="${Math.min(authorsY, 540)}" font-family="${sans}" font-size="28" fill="#3b404a">${escapeXml(truncateText(card.authors, 80))}</text>
<text x="80" y="580" font-family="${sans}" font-size="26" fill="#1f4e8c">${escapeXml(truncateText(card.meta, 80))}</text>
</svg>`;
}

/**
 * The 1200×630 image shown when a paper is shared (Open Graph / Twitter cards): its text laid out as
 * Pango markup, which sharp renders (see `render-social-image.ts`). Only system fonts: the build
 * must not fetch anything.
 */
import { texToText } from './exports/tex-to-text.ts';
import type { PublicationView } from './publication-view.ts';
import { truncateText } from './truncate-text.ts';
import { venueLine } from './venue-line.ts';

export const socialImageSize = { width: 1200, height: 630 } as const;

/** The text block's left edge, the least space above and below it, and the width it wraps within. */
export const socialCardMargin = { left: 80, vertical: 56, textWidth: 1040 } as const;
export const socialCardColours = { background: '#fbfaf7', accent: '#1f4e8c' } as const;

export interface SocialCardText {
  title: string;
  authors: string;
  /** "ICML 2025 · 2025" or just the year. */
  meta: string;
  /** The site owner's name, or the site's name. */
  siteName: string;
}

/** Escapes text for XML, which Pango markup is. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Greedy word wrap by an average glyph width. Pango could wrap by real metrics, but not stop after a
 * number of lines with an ellipsis; lines past `maxLines` are dropped here and the last kept line
 * ends in an ellipsis.
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

// One family each: a fallback list made Pango's font matching up to a third of the text's cost. Where
// DejaVu is missing, fontconfig substitutes a face of the same kind (it knows DejaVu Serif is serif).
const serif = 'DejaVu Serif';
const sans = 'DejaVu Sans';

/** One run of text in the given font: sizes are in points, rendered at 72 dpi, so points are pixels. */
function span(text: string, font: string, size: number, colour: string, extra = ''): string {
  return `<span font_family="${font}" size="${size}pt" foreground="${colour}"${extra}>${escapeXml(text)}</span>`;
}

/**
 * The card's text as one block of Pango markup: the site's name, the title in large bold serif,
 * then the authors and the venue. One block is laid out and drawn in one pass, in about half the
 * time librsvg took for the same text as SVG.
 */
export function socialCardMarkup(card: SocialCardText): string {
  // TeX reads badly on a card; DejaVu has the symbols the readable form uses (√, ε, ℝ).
  const title = texToText(card.title);
  // Shorter titles get bigger type; the wrap width follows the font size.
  const fontSize = title.length <= 60 ? 64 : title.length <= 110 ? 54 : 44;
  // Bold serif glyphs average about 0.62 em (DejaVu Serif, the widest fallback); wrap for that.
  const lines = wrapText(title, Math.floor(socialCardMargin.textWidth / (fontSize * 0.62)), 4);
  // An empty line of the given size, as spacing between the parts.
  const gap = (size: number) => `\n<span size="${size}pt"> </span>\n`;
  return [
    span(truncateText(card.siteName, 60).toUpperCase(), sans, 26, '#4a4f5a', ' letter_spacing="2048"'),
    gap(22),
    span(lines.join('\n'), serif, fontSize, '#15171c', ' weight="bold"'),
    gap(18),
    span(truncateText(card.authors, 80), sans, 28, '#3b404a'),
    gap(4),
    span(truncateText(card.meta, 80), sans, 26, socialCardColours.accent),
  ].join('');
}

/** A paper's card: up to four authors, the venue line and the owner's name. */
export function socialCardFor(publication: PublicationView, ownerName: string | null | undefined): SocialCardText {
  const shown = publication.authors.slice(0, 4).join(', ');
  const truncated = publication.authors.length > 4 || publication.authorsTruncated;
  return {
    title: publication.title,
    authors: truncated ? `${shown} et al.` : shown,
    meta: venueLine(publication.venue, publication.year),
    siteName: ownerName ?? 'Publications',
  };
}

/**
 * The home page's card: the owner's name as the title, their headline and affiliation, how many
 * publications, and the leading research topics above the name.
 */
export function homeSocialCard(options: {
  ownerName: string | null;
  headline?: string | undefined;
  affiliation?: string | undefined;
  publicationCount: number;
  topTopics: readonly string[];
}): SocialCardText {
  const { publicationCount: count } = options;
  return {
    title: options.ownerName ?? 'Publications',
    authors: [options.headline, options.affiliation].filter(Boolean).join(' · '),
    meta: count === 1 ? '1 publication' : `${count} publications`,
    siteName: options.topTopics.slice(0, 3).join(' · ') || 'Research',
  };
}

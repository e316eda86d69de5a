/**
 * The `<title>`: the page's own title, then the site's name, within 70 characters (search results
 * cut longer ones, and html-validate's `long-title` rule holds us to it). Long paper titles keep
 * their words and drop the site name first; the full title is still in the page, Open Graph and
 * `citation_title`.
 */
import { truncateText } from './truncate-text.ts';

export const maxTitleLength = 70;

export function documentTitle(pageTitle: string, siteName: string): string {
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  if (title === siteName) return truncateText(title, maxTitleLength);
  const full = `${title} · ${siteName}`;
  return full.length <= maxTitleLength ? full : truncateText(title, maxTitleLength);
}

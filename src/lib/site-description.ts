/** The home page's meta description: who the owner is and what they publish on, in one sentence or two. */
import { truncateText } from './truncate-text.ts';

export interface SiteDescriptionInput {
  ownerName: string | null;
  headline?: string | undefined;
  affiliation?: string | undefined;
  publicationCount: number;
  /** Topic labels, most publications first. */
  topTopics: readonly string[];
}

export function siteDescription(input: SiteDescriptionInput): string {
  const who = [input.ownerName ?? 'Publications', input.headline].filter(Boolean).join(', ');
  const where = input.affiliation ? ` (${input.affiliation})` : '';
  const count = input.publicationCount === 1 ? '1 publication' : `${input.publicationCount} publications`;
  const topics = input.topTopics.length > 0 ? ` on ${input.topTopics.slice(0, 3).join(', ')}` : '';
  return truncateText(`${who}${where}. ${count}${topics}, with abstracts, links and BibTeX.`, 160);
}

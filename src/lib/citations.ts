/**
 * Citation counts on the site: whether to show them, what "Cited by N" says, and the most-cited
 * order. Counts are written into the pages at build; the visitor's browser asks no one for them.
 */
import type { Profile } from '../schema/profile.ts';
import type { Publication } from '../schema/publication.ts';
import { formatDate } from './format-date.ts';
import { compareNewestFirst, type PublicationView } from './publication-view.ts';

/** On unless the owner wrote `citations: false` in profile.yaml. */
export function showsCitations(profile: Pick<Profile, 'citations'>): boolean {
  return profile.citations !== false;
}

/** "Cited by 57"; undefined when there is no count, or it is zero (which says nothing yet). */
export function citedByLabel(publication: Pick<Publication, 'citations'>): string | undefined {
  const count = publication.citations?.count;
  return count ? `Cited by ${count.toLocaleString('en-US')}` : undefined;
}

/** Where the count comes from: "Google Scholar, 2 November 2026". */
export function citationProvenance(publication: Pick<Publication, 'citations'>): string | undefined {
  const citations = publication.citations;
  if (!citations) return undefined;
  return citations.date ? `${citations.source}, ${formatDate(citations.date)}` : citations.source;
}

/** Most cited first; papers without a count after those with one; ties newest first. */
export function compareMostCited(a: PublicationView, b: PublicationView): number {
  return (b.citations?.count ?? -1) - (a.citations?.count ?? -1) || compareNewestFirst(a, b);
}

export function hasCitationCounts(publications: readonly Pick<Publication, 'citations'>[]): boolean {
  return publications.some((publication) => Boolean(publication.citations?.count));
}

/** Figures about citations ("citations", "h-index", "i10-index"), which `citations: false` hides too. */
export function isCitationFigure(label: string): boolean {
  return /^(citations?|cited by|h[- ]?index|i10[- ]?index)$/i.test(label.replace(/\s+/g, ' ').trim());
}

/**
 * The CV's publication section: the site's publications (hidden ones are already left out by
 * `loadPublications`), grouped by kind, then by year, newest first.
 *
 * The kind is the publication's `type` when a source gave one; an untyped paper is placed as the
 * exports place it (`effectiveType`: a preprint when it has an arXiv id and no venue, else "other"),
 * so the CV and the exports agree on what a paper is, and neither guesses from a venue's words.
 */
import { effectiveType } from '../citations/bibtex-entry-type.ts';
import type { PublicationView } from '../publication-view.ts';
import type { Publication } from '../../schema/publication.ts';

type Kind = NonNullable<Publication['type']>;

/** The groups in the order CVs list them, with their headings. */
const kindHeadings: [Kind, string][] = [
  ['article', 'Journal articles'],
  ['conference', 'Conference papers'],
  ['chapter', 'Book chapters'],
  ['book', 'Books'],
  ['thesis', 'Theses'],
  ['report', 'Reports'],
  ['preprint', 'Preprints'],
  ['other', 'Other publications'],
];

export function cvKind(publication: PublicationView): Kind {
  return effectiveType(publication);
}

export interface CvYearGroup {
  /** Null for papers without a date, listed last. */
  year: number | null;
  publications: PublicationView[];
}

export interface CvPublicationGroup {
  kind: Kind;
  heading: string;
  count: number;
  years: CvYearGroup[];
}

/** `publications` newest first, as `loadPublications` gives them; the order within a year is kept. */
export function groupCvPublications(publications: readonly PublicationView[]): CvPublicationGroup[] {
  const byKind = new Map<Kind, PublicationView[]>();
  for (const publication of publications) {
    const kind = cvKind(publication);
    byKind.set(kind, [...(byKind.get(kind) ?? []), publication]);
  }
  return kindHeadings
    .filter(([kind]) => byKind.has(kind))
    .map(([kind, heading]) => {
      const papers = byKind.get(kind) ?? [];
      const years = new Map<number | null, PublicationView[]>();
      for (const paper of papers) years.set(paper.year, [...(years.get(paper.year) ?? []), paper]);
      const ordered = [...years.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
      return {
        kind,
        heading,
        count: papers.length,
        years: ordered.map((year) => ({ year, publications: years.get(year) ?? [] })),
      };
    });
}

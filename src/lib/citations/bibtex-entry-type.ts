/**
 * The BibTeX entry type and where the venue goes, from the publication's `type`, which comes from
 * its sources (an entry type, an arXiv record), never from words in the venue's name.
 *
 * Without a `type`, a paper with an arXiv id and no venue is a preprint; anything else is `@misc`,
 * with the venue as `howpublished`, which every style prints and none misreads.
 */
import type { PublicationView } from '../publication-view.ts';

export interface BibtexEntryType {
  entry: string;
  /** The field that names the venue. */
  venueField: 'journal' | 'booktitle' | 'howpublished' | 'note' | 'school' | 'institution' | 'series';
  /** A preprint: its arXiv id is the work itself, so it gets `eprint` and `primaryClass`. */
  preprint: boolean;
}

const entryTypes: Record<NonNullable<PublicationView['type']>, BibtexEntryType> = {
  article: { entry: 'article', venueField: 'journal', preprint: false },
  conference: { entry: 'inproceedings', venueField: 'booktitle', preprint: false },
  // A preprint's venue is a status ("Under review"); it goes where styles print it.
  preprint: { entry: 'misc', venueField: 'note', preprint: true },
  thesis: { entry: 'phdthesis', venueField: 'note', preprint: false },
  book: { entry: 'book', venueField: 'series', preprint: false },
  chapter: { entry: 'incollection', venueField: 'booktitle', preprint: false },
  report: { entry: 'techreport', venueField: 'note', preprint: false },
  other: { entry: 'misc', venueField: 'howpublished', preprint: false },
};

/** The publication's type as the model gives it, or the fallback described above. */
export function effectiveType(
  publication: Pick<PublicationView, 'type' | 'arxiv' | 'venue'>,
): NonNullable<PublicationView['type']> {
  if (publication.type) return publication.type;
  return publication.arxiv && !publication.venue ? 'preprint' : 'other';
}

export function bibtexEntryType(publication: Pick<PublicationView, 'type' | 'arxiv' | 'venue'>): BibtexEntryType {
  return entryTypes[effectiveType(publication)];
}

/**
 * The kind of work from the BibTeX (or BibLaTeX) entry type: the source's own word for it, never the
 * venue's name. `@misc`, `@online` and `@unpublished` with an arXiv id are preprints, and so is DBLP's
 * way of listing one, an `@article` in "CoRR" (arXiv's journal name in DBLP).
 */
import type { PublicationType } from '../../../../src/schema/publication.ts';

const byEntryType: Record<string, PublicationType> = {
  article: 'article',
  inproceedings: 'conference',
  conference: 'conference',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  book: 'book',
  mvbook: 'book',
  incollection: 'chapter',
  inbook: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  techreport: 'report',
  report: 'report',
};
const preprintIfArxiv = new Set(['misc', 'online', 'unpublished', 'preprint', 'electronic', 'www', 'article']);
/** The names arXiv goes by as a "journal": Google Scholar's "arXiv preprint arXiv:…", DBLP's "CoRR". */
export const arxivAsJournal = /^(arxiv\b|corr$)/i;

export function entryType(type: string, journal: string | undefined, hasArxivId: boolean): PublicationType {
  const key = type.toLowerCase();
  if (key === 'article' && journal && arxivAsJournal.test(journal)) return 'preprint';
  if (key !== 'article' && preprintIfArxiv.has(key) && hasArxivId) return 'preprint';
  return byEntryType[key] ?? 'other';
}

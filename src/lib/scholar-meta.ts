/**
 * Google Scholar's `citation_*` meta tags for a paper page. Scholar reads these to index the page
 * as a paper: one `citation_author` per author, in order, and the venue as a conference or a
 * journal title.
 */
import type { PublicationView } from './publication-view.ts';
import { arxivPdfUrl } from './publication-links.ts';
import { scholarDate } from './format-date.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Journals name themselves; anything else with a venue is taken to be a conference or workshop. */
export function isJournalVenue(venue: string): boolean {
  return /\b(journal|transactions|letters|review|magazine|annals|bulletin|acta|jmlr|tmlr|tacl|plos|nature|science|pnas|cell)\b/i.test(
    venue,
  );
}

export function scholarMetaTags(publication: PublicationView): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: publication.title }];
  for (const author of publication.authors) tags.push({ name: 'citation_author', content: author });
  if (publication.date) tags.push({ name: 'citation_publication_date', content: scholarDate(publication.date) });
  if (publication.venue) {
    tags.push({
      name: isJournalVenue(publication.venue) ? 'citation_journal_title' : 'citation_conference_title',
      content: publication.venue,
    });
  }
  const pdf = publication.links.pdf ?? (publication.arxiv ? arxivPdfUrl(publication.arxiv) : undefined);
  if (pdf) tags.push({ name: 'citation_pdf_url', content: pdf });
  if (publication.arxiv) tags.push({ name: 'citation_arxiv_id', content: publication.arxiv });
  if (publication.doi) tags.push({ name: 'citation_doi', content: publication.doi });
  return tags;
}

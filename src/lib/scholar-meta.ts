/**
 * Google Scholar's `citation_*` meta tags for a paper page, per Scholar's inclusion guidelines: the
 * title, one `citation_author` per author as "Family, Given", in order, the date as `YYYY/MM/DD` or
 * `YYYY`, the venue as a journal, conference, book, thesis or report from the publication's `type`
 * (never guessed from the venue's words), volume, issue and pages.
 *
 * A page gets no tags at all when Scholar would index something false: a title the ingest derived
 * from the abstract, or an author list known to be truncated ("A, B, C et al."), which Scholar would
 * take as complete (`npm run enrich` completes such lists from arXiv).
 */
import { authorNamesOf, fullFamily, type StructuredName } from './citations/author-names.ts';
import { effectiveType } from './citations/bibtex-entry-type.ts';
import { texToText } from './exports/tex-to-text.ts';
import { scholarDate } from './format-date.ts';
import type { PublicationView } from './publication-view.ts';
import { arxivPdfUrl } from './publication-links.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Where the venue and the institution go, by type. */
const venueTags: Partial<Record<NonNullable<PublicationView['type']>, string>> = {
  article: 'citation_journal_title',
  conference: 'citation_conference_title',
  chapter: 'citation_inbook_title',
};
const institutionTags: Partial<Record<NonNullable<PublicationView['type']>, string>> = {
  thesis: 'citation_dissertation_institution',
  report: 'citation_technical_report_institution',
};

export function scholarMetaTags(publication: PublicationView): MetaTag[] {
  if (publication.titleDerived || publication.authorsTruncated) return [];
  const type = effectiveType(publication);
  const tags: MetaTag[] = [{ name: 'citation_title', content: texToText(publication.title) }];
  const add = (name: string | undefined, content: string | undefined) => {
    if (name && content) tags.push({ name, content });
  };
  for (const author of authorNamesOf(publication)) add('citation_author', scholarName(author));
  if (publication.date) add('citation_publication_date', scholarDate(publication.date));
  add(venueTags[type], publication.venue ? texToText(publication.venue) : undefined);
  add(institutionTags[type], publication.institution);
  if (type === 'report') add('citation_technical_report_number', publication.issue);
  else add('citation_issue', publication.issue);
  add('citation_volume', publication.volume);
  const [firstPage, lastPage] = (publication.pages ?? '').split(/\s*[-–—]+\s*/);
  add('citation_firstpage', firstPage);
  add('citation_lastpage', lastPage);
  add('citation_publisher', publication.publisher);
  add('citation_isbn', publication.isbn);
  add('citation_pdf_url', publication.links.pdf ?? (publication.arxiv ? arxivPdfUrl(publication.arxiv) : undefined));
  add('citation_arxiv_id', publication.arxiv);
  add('citation_doi', publication.doi);
  return tags;
}

/** "Family, Given" (with particle and suffix), or the whole name when it has no parts. */
function scholarName(name: StructuredName): string | undefined {
  if (!name.family) return name.literal ?? name.given;
  const family = [fullFamily(name), name.suffix].filter(Boolean).join(' ');
  return name.given ? `${family}, ${name.given}` : family;
}

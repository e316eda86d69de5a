/**
 * "Also published as …": the versions of a work other than the one its page shows (the first in
 * `versions`, the most archival when the ingest wrote them), each as "venue, year" with a link.
 */
import type { Publication } from '../schema/publication.ts';
import { arxivAbsUrl, doiUrl } from './publication-links.ts';

export interface VersionLine {
  label: string;
  /** http(s) only; absent when the version has no link. */
  url?: string;
}

const typeLabels: Record<string, string> = {
  article: 'Journal article',
  conference: 'Conference paper',
  preprint: 'Preprint',
  thesis: 'Thesis',
  book: 'Book',
  chapter: 'Book chapter',
  report: 'Report',
  other: 'Another version',
};

export function otherVersions(publication: Pick<Publication, 'versions'>): VersionLine[] {
  return (publication.versions ?? []).slice(1).map((version) => {
    const name = version.venue ?? typeLabels[version.type ?? 'other'] ?? 'Another version';
    const year = version.date?.slice(0, 4);
    const url = version.url ?? (version.doi ? doiUrl(version.doi) : version.arxiv ? arxivAbsUrl(version.arxiv) : undefined);
    return { label: year && !name.includes(year) ? `${name}, ${year}` : name, ...(url && /^https?:\/\//i.test(url) ? { url } : {}) };
  });
}

/**
 * The links shown under a publication, in a fixed order readers learn (arXiv, PDF, code, …),
 * completed from identifiers when the documents gave an arXiv id or DOI but no link.
 * Only http(s) URLs get here: the schema rejects every other scheme.
 */
import type { Publication } from '../schema/publication.ts';

export interface LabelledLink {
  /** Stable key (`arxiv`, `pdf`, `code`, or the owner's own name for a custom link). */
  kind: string;
  label: string;
  url: string;
}

const knownLinks: readonly { kind: string; label: string }[] = [
  { kind: 'arxiv', label: 'arXiv' },
  { kind: 'pdf', label: 'PDF' },
  { kind: 'code', label: 'Code' },
  { kind: 'doi', label: 'DOI' },
  { kind: 'project', label: 'Project' },
  // al-folio's link fields (see the README's BibTeX table); others get their name, capitalised.
  { kind: 'html', label: 'HTML' },
  { kind: 'slides', label: 'Slides' },
  { kind: 'video', label: 'Video' },
  { kind: 'poster', label: 'Poster' },
  { kind: 'blog', label: 'Blog' },
  { kind: 'supplement', label: 'Supplement' },
];

function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

export function publicationLinks(publication: Pick<Publication, 'links' | 'arxiv' | 'doi'>): LabelledLink[] {
  const urls: Record<string, string | undefined> = { ...publication.links };
  if (publication.arxiv) {
    urls['arxiv'] ??= arxivAbsUrl(publication.arxiv);
    urls['pdf'] ??= arxivPdfUrl(publication.arxiv);
  }
  if (publication.doi) urls['doi'] ??= doiUrl(publication.doi);

  const known = knownLinks.flatMap(({ kind, label }) => {
    const url = urls[kind];
    return url ? [{ kind, label, url }] : [];
  });
  const custom = Object.entries(urls)
    .filter(([kind]) => !knownLinks.some((link) => link.kind === kind))
    .flatMap(([kind, url]) => (url ? [{ kind, label: capitalise(kind), url }] : []));
  return [...known, ...custom].filter((link) => isHttpUrl(link.url));
}

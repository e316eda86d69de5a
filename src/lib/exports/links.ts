/**
 * A publication's links, completed from its identifiers: an arXiv id gives the arXiv page and a DOI
 * gives the doi.org link when the documents did not list them. Only http(s) links are ever returned,
 * whatever the frontmatter holds.
 */
import type { PublicationView } from '../publication-view.ts';

export const namedLinkKeys = ['arxiv', 'pdf', 'code', 'doi', 'project'] as const;
export type NamedLinkKey = (typeof namedLinkKeys)[number];

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Named links first (arxiv, pdf, code, doi, project), then the owner's own, alphabetically. */
export function completeLinks(publication: Pick<PublicationView, 'links' | 'arxiv' | 'doi'>): [string, string][] {
  const links: Record<string, string | undefined> = { ...publication.links };
  links['arxiv'] ??= publication.arxiv ? `https://arxiv.org/abs/${publication.arxiv}` : undefined;
  links['doi'] ??= publication.doi ? `https://doi.org/${publication.doi}` : undefined;
  const extraKeys = Object.keys(links)
    .filter((key) => !(namedLinkKeys as readonly string[]).includes(key))
    .sort();
  return [...namedLinkKeys, ...extraKeys]
    .map((key): [string, string | undefined] => [key, links[key]])
    .filter((entry): entry is [string, string] => entry[1] !== undefined && isHttpUrl(entry[1]));
}

/** How a link is labelled in lists: `arXiv`, `PDF`, `Code`, … and `Slides` for an owner's `slides`. */
export function linkLabel(key: string): string {
  const known: Record<string, string> = { arxiv: 'arXiv', pdf: 'PDF', code: 'Code', doi: 'DOI', project: 'Project' };
  return known[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/[-_]+/g, ' ');
}

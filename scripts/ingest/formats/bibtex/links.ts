/**
 * Links from an entry: `url`, and al-folio's link fields. A DOI or arXiv address is an identifier,
 * not a second link (a DOI URL in `url` was shown twice, as DOI and as "Project").
 *
 * | field                                   | becomes                                       |
 * | --------------------------------------- | --------------------------------------------- |
 * | `url`, `html` holding a DOI or arXiv URL | the DOI or arXiv id                           |
 * | `url` ending in `.pdf`                  | `links.pdf`                                   |
 * | `url`, `website`                        | `links.project`                               |
 * | `html`, `pdf`, `code`, `video`, `slides`, `poster`, `blog` | the link of that name   |
 * | `supp`                                  | `links.supplement`                            |
 * Values that are not http(s) URLs (al-folio's `pdf = {paper.pdf}`, a file in its own assets) are
 * reported, since the site links only to http(s) addresses.
 */
import { parseArxivId } from '../../extract/arxiv-id.ts';
import { cleanUrl } from '../../extract/code-links.ts';
import type { RecordLinks } from '../../model.ts';

const doiUrl = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;
const arxivUrl = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i;
const alFolioLinks: [field: string, link: keyof RecordLinks][] = [
  ['html', 'html'],
  ['pdf', 'pdf'],
  ['code', 'code'],
  ['website', 'project'],
  ['video', 'video'],
  ['slides', 'slides'],
  ['poster', 'poster'],
  ['blog', 'blog'],
  ['supp', 'supplement'],
];

export interface EntryLinks {
  links: RecordLinks;
  doi?: string;
  arxiv?: string;
  /** Fields whose value is not an http(s) URL, as `field = value`. */
  rejected: string[];
}

export function entryLinks(text: (field: string) => string | undefined): EntryLinks {
  const result: EntryLinks = { links: {}, rejected: [] };
  const identifier = (url: string) => {
    const doi = doiUrl.exec(url)?.[1];
    if (doi) return (result.doi ??= decodeURIComponent(doi)), true;
    const arxiv = arxivUrl.test(url) ? parseArxivId(url) : undefined;
    if (arxiv) return (result.arxiv ??= arxiv), true;
    return false;
  };
  const url = text('url');
  if (url && !/^https?:\/\/\S+$/i.test(url)) result.rejected.push(`url = {${url}}`);
  else if (url && !identifier(url)) {
    if (/\.pdf($|\?)/i.test(url)) result.links.pdf = url;
    else result.links.project = url;
  }
  for (const [field, link] of alFolioLinks) {
    const value = text(field);
    if (!value) continue;
    if (!/^https?:\/\/\S+$/i.test(value)) {
      result.rejected.push(`${field} = {${value}}`);
      continue;
    }
    if (field === 'html' && identifier(value)) continue;
    result.links[link] = field === 'code' ? cleanUrl(value) : value;
  }
  return result;
}

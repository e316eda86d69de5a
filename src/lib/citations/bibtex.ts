/**
 * BibTeX for one publication, and for a whole list.
 *
 * - Entry type: `@inproceedings` (booktitle) when the venue looks like a conference, `@article`
 *   (journal) for other published venues, `@misc` for preprints and unpublished work. arXiv papers
 *   carry `eprint`, `archivePrefix` and `primaryClass` whatever their type.
 * - Text is UTF-8 with LaTeX specials escaped (see `latex.ts`); `$math$` in titles and abstracts is
 *   kept as math. Authors are written "Family, Given" so particles and multi-word given names survive.
 * - `url` is the paper's page on this site; `doi` and `url` are verbatim fields and are not escaped.
 */
import type { PublicationView } from '../publication-view.ts';
import { baseCitationKey, uniqueCitationKeys } from './citation-key.ts';
import { escapeLatex, escapeLatexKeepingMath, escapeTitle } from './latex.ts';
import { splitName } from './names.ts';
import { publicationKind } from './publication-kind.ts';

export { baseCitationKey, uniqueCitationKeys } from './citation-key.ts';

export interface BibtexOptions {
  /** The absolute URL of the paper's page. */
  url: string;
  /** The citation key; pass the one from `uniqueCitationKeys` so keys are unique across the site. */
  key?: string;
}

const monthMacros = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A category is only an arXiv primaryClass when it has arXiv's shape (`cs.LG`, `math.ST`, `hep-th`).
const arxivCategory = /^[a-z-]+(\.[A-Za-z-]+)?$/;

type Field = [name: string, value: string | undefined, bare?: boolean];

export function toBibtex(publication: PublicationView, options: BibtexOptions): string {
  const kind = publicationKind(publication);
  const type = kind === 'conference' ? 'inproceedings' : kind === 'journal' ? 'article' : 'misc';
  const month = publication.date?.slice(5, 7);
  const fields: Field[] = [
    ['title', escapeTitle(publication.title)],
    ['author', bibtexAuthors(publication.authors, publication.authorsTruncated ?? false)],
    ['booktitle', kind === 'conference' ? escapeLatex(publication.venue!) : undefined],
    ['journal', kind === 'journal' ? escapeLatex(publication.venue!) : undefined],
    // A preprint's venue is a status ("Under review"); keep it where styles print it.
    ['note', kind === 'preprint' && publication.venue ? escapeLatex(publication.venue) : undefined],
    ['year', publication.year?.toString()],
    ['month', month ? monthMacros[Number(month) - 1] : undefined, true],
    ['eprint', publication.arxiv],
    ['archivePrefix', publication.arxiv ? 'arXiv' : undefined],
    [
      'primaryClass',
      publication.arxiv && publication.category && arxivCategory.test(publication.category)
        ? publication.category
        : undefined,
    ],
    ['doi', publication.doi ? verbatim(publication.doi) : undefined],
    ['url', verbatim(options.url)],
    [
      'abstract',
      publication.abstract ? escapeLatexKeepingMath(publication.abstract.replace(/\s+/g, ' ').trim()) : undefined,
    ],
  ];
  const key = options.key ?? baseCitationKey(publication);
  const body = fields
    .filter((field): field is [string, string, boolean?] => field[1] !== undefined && field[1] !== '')
    .map(([name, value, bare]) => `  ${name} = ${bare ? value : `{${value}}`}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

/** Every publication, keys unique across the list, entries separated by a blank line. */
export function toBibtexList(
  publications: readonly PublicationView[],
  urlOf: (publication: PublicationView) => string,
): string {
  const keys = uniqueCitationKeys(publications);
  return publications
    .map((publication) => toBibtex(publication, { url: urlOf(publication), key: keys.get(publication.slug)! }))
    .join('\n');
}

function bibtexAuthors(authors: readonly string[], truncated: boolean): string | undefined {
  const names = authors.map((author) => {
    const name = splitName(author);
    // A single-part name ("OpenAI", or one that only has a script without spaces) stays whole.
    if ('literal' in name) return `{${escapeLatex(name.literal)}}`;
    return `${protectAnd(escapeLatex(name.family))}, ${protectAnd(escapeLatex(name.given))}`;
  });
  if (truncated) names.push('others');
  return names.length > 0 ? names.join(' and ') : undefined;
}

/** A stray " and " inside a name would split it in two; braces keep it whole. */
function protectAnd(part: string): string {
  return /(^|\s)and(\s|$)/i.test(part) ? `{${part}}` : part;
}

/**
 * DOIs and URLs are verbatim in biblatex, so escaping would corrupt them; only braces, which would
 * unbalance the entry, are percent-encoded.
 */
function verbatim(value: string): string {
  return value.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

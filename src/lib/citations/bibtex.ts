/**
 * BibTeX for one publication, and for a whole list.
 *
 * - The entry type follows the publication's `type` (see `bibtex-entry-type.ts`): `@article`,
 *   `@inproceedings`, `@misc` for preprints, `@phdthesis`, `@book`, `@incollection`, `@techreport`.
 *   Volume, number, pages, publisher, school or institution, editors and ISBN are written when known.
 *   arXiv papers carry `eprint`, `archivePrefix` and `primaryClass` whatever their type.
 * - Text is ASCII LaTeX: non-ASCII letters are written as LaTeX commands by unicode2latex (the mapping
 *   Better BibTeX uses), so classic 8-bit BibTeX styles that abbreviate or sort names (`abbrv`,
 *   `IEEEtran`) never split a UTF-8 character in two. Names use its "creator" mode, which braces each
 *   accented letter (`{\O}ystein`) so that BibTeX takes it as one letter when it makes initials.
 *   Scripts without a LaTeX command (CJK) stay UTF-8. `$math$` in titles and abstracts is kept.
 * - Authors are written "Family, Given" (with particles as "von Family") so particles and multi-word
 *   given names survive; a truncated list ends in `and others`.
 * - `url` is the paper's page on this site; `doi` and `url` are verbatim fields and are not escaped.
 */
import type { PublicationView } from '../publication-view.ts';
import { authorNamesOf, fromDisplay, type StructuredName } from './author-names.ts';
import { bibtexEntryType, effectiveType } from './bibtex-entry-type.ts';
import { baseCitationKey, uniqueCitationKeys } from './citation-key.ts';
import { nameToLatex, textToLatex, textToLatexKeepingMath, titleToLatex } from './latex.ts';

export { baseCitationKey, uniqueCitationKeys } from './citation-key.ts';

export interface BibtexOptions {
  /** The absolute URL of the paper's page; omitted when the site's address is unknown. */
  url?: string | undefined;
  /** The citation key; pass the one from `uniqueCitationKeys` so keys are unique across the site. */
  key?: string;
}

const monthMacros = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A category is only an arXiv primaryClass when it has arXiv's shape (`cs.LG`, `math.ST`, `hep-th`).
const arxivCategory = /^[a-z-]+(\.[A-Za-z-]+)?$/;

type Field = [name: string, value: string | undefined, bare?: boolean];

/**
 * Entries already written, per publication object: a build writes each paper's entry three times (its
 * page, its `.bib` file, `publications.bib`), from the same objects, and the LaTeX conversion of a
 * long abstract is most of the cost.
 */
const written = new WeakMap<PublicationView, Map<string, string>>();

export function toBibtex(publication: PublicationView, options: BibtexOptions): string {
  const variant = `${options.key ?? ''}\n${options.url ?? ''}`;
  let entries = written.get(publication);
  const known = entries?.get(variant);
  if (known !== undefined) return known;
  const text = bibtexEntry(publication, options);
  if (!entries) written.set(publication, (entries = new Map()));
  entries.set(variant, text);
  return text;
}

function bibtexEntry(publication: PublicationView, options: BibtexOptions): string {
  const { entry, venueField } = bibtexEntryType(publication);
  const type = effectiveType(publication);
  const month = publication.date?.slice(5, 7);
  const text = (value: string | undefined) => (value ? textToLatex(value) : undefined);
  const key = options.key ?? baseCitationKey(publication);
  const author = bibtexNames(authorNamesOf(publication), publication.authorsTruncated ?? false);
  const fields: Field[] = [
    ['title', titleToLatex(publication.title)],
    ['author', author],
    // Without an author, classic styles sort and label by `key`; BibTeX warns when it is missing.
    ['key', author ? undefined : textToLatex(key)],
    ['editor', publication.editors ? bibtexNames(publication.editors.map(fromDisplay), false) : undefined],
    [venueField, text(publication.venue)],
    [
      type === 'thesis' ? 'school' : 'institution',
      type === 'thesis' || type === 'report' ? text(publication.institution) : undefined,
    ],
    ['publisher', text(publication.publisher)],
    ['volume', text(publication.volume)],
    ['number', text(publication.issue)],
    // BibTeX's page ranges use an en dash, `--`.
    ['pages', publication.pages ? textToLatex(publication.pages.replace(/\s*[-–—]+\s*/g, '--')) : undefined],
    ['year', publication.year?.toString()],
    ['month', month ? monthMacros[Number(month) - 1] : undefined, true],
    ['isbn', text(publication.isbn)],
    ['eprint', publication.arxiv],
    ['archivePrefix', publication.arxiv ? 'arXiv' : undefined],
    [
      'primaryClass',
      publication.arxiv && publication.category && arxivCategory.test(publication.category)
        ? publication.category
        : undefined,
    ],
    ['doi', publication.doi ? verbatim(publication.doi) : undefined],
    ['url', options.url ? verbatim(options.url) : undefined],
    [
      'abstract',
      publication.abstract ? textToLatexKeepingMath(publication.abstract.replace(/\s+/g, ' ').trim()) : undefined,
    ],
  ];
  const body = fields
    .filter((field): field is [string, string, boolean?] => field[1] !== undefined && field[1] !== '')
    .map(([name, value, bare]) => `  ${name} = ${bare ? value : `{${value}}`}`)
    .join(',\n');
  return `@${entry}{${key},\n${body}\n}\n`;
}

/** Every publication, keys unique across the list, entries separated by a blank line. */
export function toBibtexList(
  publications: readonly PublicationView[],
  urlOf: (publication: PublicationView) => string | undefined,
): string {
  const keys = uniqueCitationKeys(publications);
  return publications
    .map((publication) => toBibtex(publication, { url: urlOf(publication), key: keys.get(publication.slug)! }))
    .join('\n');
}

function bibtexNames(names: readonly StructuredName[], truncated: boolean): string | undefined {
  const written = names.map(bibtexName);
  if (truncated) written.push('others');
  return written.length > 0 ? written.join(' and ') : undefined;
}

/** "von Family, Jr, Given", each part braced where BibTeX would misread it. */
function bibtexName(name: StructuredName): string {
  // A single-part name ("OpenAI", or one in a script without spaces) stays whole.
  if (!name.family) return `{${nameToLatex(name.literal ?? name.given ?? '')}}`;
  const family = [name.particle ? nameToLatex(name.particle) : undefined, protect(nameToLatex(name.family))]
    .filter(Boolean)
    .join(' ');
  const parts = [family];
  if (name.suffix) parts.push(protect(nameToLatex(name.suffix)));
  if (name.given) parts.push(protect(nameToLatex(name.given)));
  else if (name.suffix) parts.push('');
  return parts.join(', ');
}

/**
 * A stray " and " or comma inside a part would split the name, and a family name that starts with
 * a lower-case letter ("de la Cruz" written without its particle split off) would be read as a
 * particle: braces keep the part whole.
 */
function protect(part: string): string {
  return /(^|\s)and(\s|$)|,/i.test(part) || /^\p{Ll}/u.test(part) ? `{${part}}` : part;
}

/**
 * DOIs and URLs are verbatim in biblatex, so escaping would corrupt them; only braces, which would
 * unbalance the entry, are percent-encoded.
 */
function verbatim(value: string): string {
  return value.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

/**
 * The al-folio display fields, as lists and paper pages use them (see the schema's doc comments).
 * Pure, so tests decide what shows without building the site.
 */
import type { Publication } from '../schema/publication.ts';

/**
 * What a list entry offers of its BibTeX: `link` to the paper's `.bib` (the site's default), the
 * entry `inline` in a fold (al-folio's `bibtex_show = {true}`), or `none` (`bibtex_show = {false}`).
 */
export function listBibtex(publication: Pick<Publication, 'bibtexShow'>): 'link' | 'inline' | 'none' {
  if (publication.bibtexShow === undefined) return 'link';
  return publication.bibtexShow ? 'inline' : 'none';
}

/**
 * The preview image to show, as a path inside `content/`, or undefined. A remote image is not
 * shown: the site loads nothing from third parties (the Content-Security-Policy allows only its
 * own images), so an http(s) preview should be saved under `content/` instead.
 */
export function localPreview(publication: Pick<Publication, 'preview'>): string | undefined {
  const preview = publication.preview;
  if (!preview || /^https?:\/\//i.test(preview)) return undefined;
  return preview.replace(/^\.?\/+/, '');
}

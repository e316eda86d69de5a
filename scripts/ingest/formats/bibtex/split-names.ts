/**
 * Names given as one string ("Anneke van der Berg", as arXiv gives them) split into parts the way
 * BibTeX splits them, by the same parser and the same rules as a `.bib` file's names
 * (`author-names.ts`), so that a particle is a particle whichever document named the author.
 */
import type { PersonName } from '../../../../src/schema/publication.ts';
import { namesFile } from '../bibtex-set-aside.ts';
import { parseBibtex } from '../bibtex.ts';
import { authorList, needsStructure } from './author-names.ts';

/** The names in parts, or undefined when none needs more than its display string (see `needsStructure`). */
export function splitNames(names: readonly string[]): PersonName[] | undefined {
  // A name holding the word "and" or a brace would not survive a BibTeX name list: kept whole.
  const listed = names.map((name) => (/\band\b|[{}\\]/i.test(name) ? `{${name.replace(/[{}\\]/g, '')}}` : name));
  const library = parseBibtex(namesFile(listed));
  const creators = library.entries[0]?.fields.author;
  if (library.errors.length > 0 || creators?.length !== names.length) return undefined;
  const parts = authorList(creators, undefined, (text) => text.normalize('NFC')).names;
  return parts.length === names.length && parts.some(needsStructure) ? parts : undefined;
}

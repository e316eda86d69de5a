/**
 * BibTeX's split names (the parser's `Creator`s) into display strings and structured names.
 *
 * - `and others` is "et al.": a truncated list, not an author called "others".
 * - Marker symbols after a name (al-folio's `Doe*, Jane`, `Roe$^\dagger$, Ann`) become roles and
 *   leave the name. What each symbol means comes from the entry's `annotation` when it says
 *   ("* Equal contribution"); otherwise `*` is equal contribution and `†` corresponding author, the
 *   usual meanings in the fields al-folio serves. Other symbols (`‡`, `§`) are dropped without a role.
 * - DBLP's homonym numbers ("José García 0002") are dropped.
 * - A capitalised particle that BibTeX counts as a given name ("Adrian Del Maestro" gives first
 *   "Adrian Del", last "Maestro", by BibTeX's rule that the von part is lower case) is moved to the
 *   particle: the family name is "Del Maestro" wherever it is filed.
 */
import type { Creator } from '@retorquere/bibtex-parser';
import type { PersonName } from '../../../../src/schema/publication.ts';
import { collapseWhitespace } from '../../extract/text.ts';

type Role = NonNullable<PersonName['roles']>[number];

const particles = new Set(
  ['da', 'das', 'de', 'degli', 'dei', 'del', 'della', 'delle', 'der', 'den', 'di', 'do', 'dos', 'du', 'la', 'le', 'lo', 'ten', 'ter', 'van', 'von', 'vom', 'zu', 'zur', 'bin', 'ibn', 'al', 'el'],
);
/** Marker symbols at the end of a name part, plain, in math (`$^*$`, `$^{\dagger}$`) or superscript. */
const trailingMarkers = /(?:\s*(?:\$\s*\^?\s*\{?\s*(?:\\?\*|\\dagger|\\ddagger|\\dag|\\S|\\P|†|‡)\s*\}?\s*\$|\^?\{?[*†‡§¶]\}?))+$/u;
const defaultRoles: Record<string, Role> = { '*': 'equal-contribution', '†': 'corresponding' };

export interface AuthorList {
  authors: string[];
  names: PersonName[];
  truncated: boolean;
}

/** `restore` turns a raw parser string into readable text (placeholders back, letters composed). */
export function authorList(creators: readonly Creator[], annotation: string | undefined, restore: (text: string) => string): AuthorList {
  const meanings = markerMeanings(annotation);
  const truncated = creators.some(isOthers);
  const names = creators.filter((creator) => !isOthers(creator)).map((creator) => structuredName(creator, meanings, restore));
  const kept = names.filter((name) => displayName(name));
  return { authors: kept.map(displayName), names: kept, truncated };
}

/** Display strings for an editor list (no roles). */
export function nameList(creators: readonly Creator[], restore: (text: string) => string): string[] {
  return creators.filter((creator) => !isOthers(creator)).map((creator) => displayName(structuredName(creator, new Map(), restore))).filter(Boolean);
}

/** "Jane Q. van der Berg, Jr.": given names first, as the rest of the site prints names. */
export function displayName(name: PersonName): string {
  if (name.literal) return name.literal;
  const main = [name.given, name.particle, name.family].filter(Boolean).join(' ');
  return name.suffix ? `${main}, ${name.suffix}` : main;
}

/**
 * Whether the display string alone would be split wrongly by splitting at its last space, or the
 * name carries a role: then the structured list is worth writing (see `authorNames` in the schema).
 */
export function needsStructure(name: PersonName): boolean {
  if (name.roles?.length || name.particle || name.suffix || name.literal) return true;
  return Boolean(name.family?.includes(' ')) || !name.given;
}

function structuredName(creator: Creator, meanings: ReadonlyMap<string, Role>, restore: (text: string) => string): PersonName {
  const roles = new Set<Role>();
  const clean = (part: string | undefined) => {
    if (!part) return undefined;
    let text = collapseWhitespace(restore(part));
    const markers = trailingMarkers.exec(text);
    if (markers && markers.index > 0) {
      for (const symbol of symbolsIn(markers[0])) {
        const role = meanings.get(symbol) ?? defaultRoles[symbol];
        if (role) roles.add(role);
      }
      text = text.slice(0, markers.index).trim();
    }
    return text || undefined;
  };
  const literal = clean(creator.name);
  const given = clean(creator.firstName);
  const family = clean(creator.lastName);
  const suffix = clean(creator.suffix);
  let particle = clean(creator.prefix);
  let givenWords = given?.split(' ') ?? [];
  let familyWords = family?.split(' ') ?? [];
  // DBLP tells apart people of the same name by a number ("José García 0002"), which BibTeX reads
  // as the family name: it is no part of the name.
  if (familyWords.length === 1 && /^\d{4}$/.test(familyWords[0]!) && givenWords.length > 1) familyWords = [givenWords.pop()!];
  // "Adrian Del Maestro": the capitalised particle BibTeX left with the given names.
  while (!particle && givenWords.length > 1 && particles.has(givenWords.at(-1)!.toLowerCase())) {
    familyWords = [givenWords.at(-1)!, ...familyWords];
    givenWords = givenWords.slice(0, -1);
  }
  // "Del Maestro, Adrian" and the above: leading particles of the family name.
  const leading: string[] = [];
  while (!particle && familyWords.length > 1 && particles.has(familyWords[0]!.toLowerCase())) leading.push(familyWords.shift()!);
  if (leading.length) particle = leading.join(' ');
  const name: PersonName = {
    ...(literal && !family ? { literal } : {}),
    ...(givenWords.length ? { given: givenWords.join(' ') } : {}),
    ...(particle ? { particle } : {}),
    ...(familyWords.length ? { family: familyWords.join(' ') } : {}),
    ...(suffix ? { suffix } : {}),
  };
  return roles.size ? { ...name, roles: [...roles].sort() } : name;
}

function symbolsIn(markers: string): string[] {
  return [...markers.replace(/\\ddagger/g, '‡').replace(/\\dag(?:ger)?/g, '†').matchAll(/[*†‡§¶]/gu)].map((match) => match[0]);
}

/** "* Equal contribution. † Corresponding author" → `*` equal contribution, `†` corresponding. */
function markerMeanings(annotation: string | undefined): Map<string, Role> {
  const meanings = new Map<string, Role>();
  if (!annotation) return meanings;
  const text = annotation.replace(/\\ddagger/g, '‡').replace(/\\dag(?:ger)?/g, '†');
  for (const match of text.matchAll(/([*†‡§¶])([^*†‡§¶]*)/gu)) {
    const [, symbol, meaning] = match as unknown as [string, string, string];
    if (/\bequal/i.test(meaning)) meanings.set(symbol, 'equal-contribution');
    else if (/\bcorrespond/i.test(meaning)) meanings.set(symbol, 'corresponding');
  }
  return meanings;
}

function isOthers(creator: Creator): boolean {
  return !creator.firstName && (creator.lastName ?? creator.name ?? '').trim().toLowerCase() === 'others';
}

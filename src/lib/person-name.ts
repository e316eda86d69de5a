/**
 * Whether two spellings of a name belong to the same person, as author lists write them:
 * "Jane Q. Doe", "J. Doe", "Doe, Jane", "Doe JQ", "Jané Doe" and "Jane Doe" are all one person;
 * "John Doe" and "Jane Doe" are not.
 *
 * Names are compared by family name plus the first given name (or its initial): middle names
 * and initials are too often dropped by one source and kept by another to be required.
 */

interface ParsedName {
  /** Lower-case, without diacritics: `["jane", "q"]`. */
  given: string[];
  /** Lower-case, without diacritics or spaces: `"doe"`, `"vanderberg"`. */
  family: string;
  /** The whole name, normalised, for names that cannot be split (a single word). */
  whole: string;
}

/** Letters that Unicode normalisation does not decompose into a base letter and a mark. */
const unfoldable: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
};

/** Lower-case, strip diacritics and fold the letters that do not decompose. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðæœßıþ]/g, (letter) => unfoldable[letter] ?? letter);
}

/** Lower-case particles that belong to the family name ("van der Berg", "de la Cruz"). */
const familyParticles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'al',
]);

function words(text: string): string[] {
  return foldName(text)
    .replace(/\./g, '. ')
    .split(/[\s]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter((word) => word.length > 0);
}

export function parseName(raw: string): ParsedName | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const whole = words(trimmed).join(' ');

  // "Doe, Jane Q." — family name first, then a comma.
  const comma = trimmed.indexOf(',');
  if (comma > 0) {
    const family = words(trimmed.slice(0, comma)).join('');
    const given = words(trimmed.slice(comma + 1));
    if (family && given.length > 0) return { given, family, whole };
  }

  const parts = trimmed.split(/\s+/);
  // "Doe JQ" (PubMed style) — family name first, then the initials run together in capitals.
  const last = parts.at(-1) ?? '';
  if (parts.length >= 2 && /^\p{Lu}{1,3}$/u.test(last)) {
    return { given: [...foldName(last)], family: words(parts.slice(0, -1).join(' ')).join(''), whole };
  }

  const tokens = words(trimmed);
  if (tokens.length < 2) return { given: [], family: tokens[0] ?? '', whole };
  // The family name is the last word together with any particles just before it.
  let start = tokens.length - 1;
  while (start > 1 && familyParticles.has(tokens[start - 1] ?? '')) start--;
  return { given: tokens.slice(0, start), family: tokens.slice(start).join(''), whole };
}

function isInitial(word: string): boolean {
  return word.replace(/[.'-]/g, '').length === 1;
}

function sameGivenName(a: string, b: string): boolean {
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  // "Jean-Paul" and "Jean Paul" are one name; compare without the punctuation.
  return a.replace(/[.'-]/g, '') === b.replace(/[.'-]/g, '');
}

function samePerson(a: ParsedName, b: ParsedName): boolean {
  if (a.whole === b.whole) return true;
  if (!a.family || a.family !== b.family) return false;
  const firstA = a.given[0];
  const firstB = b.given[0];
  // A family name alone ("Doe") is too weak to claim a paper for the owner.
  if (!firstA || !firstB) return false;
  return sameGivenName(firstA, firstB);
}

/** Parses the owner's names once and answers, for each author, whether it is the owner. */
export function createNameMatcher(names: readonly string[]): (author: string) => boolean {
  const parsed = names.map(parseName).filter((name): name is ParsedName => name !== null);
  return (author) => {
    const candidate = parseName(author);
    return candidate !== null && parsed.some((name) => samePerson(name, candidate));
  };
}

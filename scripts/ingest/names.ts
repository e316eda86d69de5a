/**
 * Person-name matching for ownership. Author lists spell one person many ways: "Jane Q. Doe",
 * "J. Doe", "Doe, Jane", "Jane Doë". Two spellings match when the family names are equal and the
 * given names agree as far as both go (an initial agrees with any name it starts).
 */

interface NameParts {
  family: string;
  given: string[];
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\s,-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameParts(name: string): NameParts | undefined {
  const folded = fold(name);
  if (!folded) return undefined;
  if (folded.includes(',')) {
    const [family = '', given = ''] = folded.split(',', 2).map((part) => part.trim());
    // "van der Berg, Jan": the family name is the last word, as below for "Jan van der Berg", so both
    // spellings compare family "berg"; before, "van der berg" ≠ "berg" and they never matched.
    const familyWords = family.split(' ').filter(Boolean);
    return { family: familyWords.pop() ?? '', given: [...given.split(/[\s-]+/).filter(Boolean), ...familyWords] };
  }
  const words = folded.split(' ').filter(Boolean);
  const family = words.pop();
  return family ? { family, given: words.flatMap((word) => word.split('-')).filter(Boolean) } : undefined;
}

export function namesMatch(a: string, b: string): boolean {
  const left = nameParts(a);
  const right = nameParts(b);
  if (!left || !right || left.family !== right.family) return false;
  const [givenA] = left.given;
  const [givenB] = right.given;
  if (!givenA || !givenB) return true;
  return givenA.startsWith(givenB) || givenB.startsWith(givenA);
}

/** True when any of `authors` is one of the owner's spellings. */
export function includesOwner(authors: readonly string[], ownerNames: readonly string[]): boolean {
  return authors.some((author) => ownerNames.some((owner) => namesMatch(author, owner)));
}

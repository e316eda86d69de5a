/**
 * An author line as aggregator pages print it: `A, B, C et al. · org` or `A, B and C`.
 * The affiliation after `·` is dropped; "et al." is kept as the fact that the list is truncated.
 */
export interface AuthorLine {
  authors: string[];
  truncated: boolean;
}

const nameLike = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}$/u;

export function parseAuthorLine(line: string): AuthorLine | undefined {
  const withoutAffiliation = line.replace(/\s+·\s+.*$/, '').trim();
  const truncated = /,?\s*et\s+al\.?$/i.test(withoutAffiliation);
  const names = withoutAffiliation
    .replace(/,?\s*et\s+al\.?$/i, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0 || !names.every((name) => nameLike.test(name))) return undefined;
  return { authors: names, truncated };
}

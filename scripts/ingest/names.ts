/**
 * Person-name matching for ownership, with the same rules the site uses to highlight the owner
 * (`src/lib/person-name.ts`), so a paper the ingest counts as the owner's is one whose author list
 * the site highlights: "Jane Q. Doe", "J. Doe", "Doe, Jane" and "Jane Doë" are one person.
 */
import { createNameMatcher } from '../../src/lib/person-name.ts';

export function namesMatch(a: string, b: string): boolean {
  return createNameMatcher([a])(b);
}

/** True when any of `authors` is one of the owner's spellings. */
export function includesOwner(authors: readonly string[], ownerNames: readonly string[]): boolean {
  const isOwner = createNameMatcher(ownerNames);
  return authors.some(isOwner);
}

/**
 * Positions of the site's owner in an author list, for the embed to highlight. It uses the site's
 * own name matcher, so the embed highlights exactly the names the site's pages highlight.
 */
import { createNameMatcher } from '../person-name.ts';

export function ownerAuthorIndexes(authors: readonly string[], ownerNames: readonly string[]): number[] {
  const isOwner = createNameMatcher(ownerNames);
  return authors.flatMap((author, index) => (isOwner(author) ? [index] : []));
}

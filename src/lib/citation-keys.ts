/**
 * Citation keys for the whole collection, computed once per build rather than once per paper page
 * (keys are unique across the collection, so each computation looks at every publication).
 */
import { uniqueCitationKeys } from './citations/bibtex.ts';
import type { PublicationView } from './publication-view.ts';

const computed = new WeakMap<readonly PublicationView[], Map<string, string>>();

export function citationKeysOf(publications: readonly PublicationView[]): Map<string, string> {
  let keys = computed.get(publications);
  if (!keys) {
    keys = uniqueCitationKeys(publications);
    computed.set(publications, keys);
  }
  return keys;
}

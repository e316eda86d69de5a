/**
 * Authors as structured names, for every export that needs the parts (BibTeX, CSL-JSON, Google
 * Scholar's tags). The one place that decides where the parts come from: the publication's own
 * `authorNames` when a source split them (BibTeX's "von Last, Jr, First"), parallel to `authors`;
 * otherwise the display strings are split the BibTeX way (`names.ts`).
 */
import { splitName } from './names.ts';

export interface StructuredName {
  given?: string | undefined;
  /** Without its particle: "Berg" in "van der Berg". */
  family?: string | undefined;
  /** "van der", "Del", "de". */
  particle?: string | undefined;
  suffix?: string | undefined;
  /** A name that is not split: an organisation, a mononym. */
  literal?: string | undefined;
}

interface WithAuthors {
  authors: readonly string[];
  /** Set by the ingest when a source gives the parts; see the schema. */
  authorNames?: readonly StructuredName[] | undefined;
}

export function authorNamesOf(publication: WithAuthors): StructuredName[] {
  const given = publication.authorNames;
  // A list edited by hand in `authors` but not in `authorNames` no longer matches: split again.
  if (given && given.length === publication.authors.length) {
    return given.map((name, index) => (name.family || name.literal ? name : fromDisplay(publication.authors[index]!)));
  }
  return publication.authors.map(fromDisplay);
}

/** "Johannes van der Waals" → given Johannes, particle "van der", family Waals. */
export function fromDisplay(printed: string): StructuredName {
  const suffix = /^(.+?),?\s+(Jr\.?|Sr\.?|II|III|IV)$/.exec(printed.trim());
  if (suffix && !suffix[1]!.includes(',')) return { ...fromDisplay(suffix[1]!), suffix: suffix[2]! };
  const name = splitName(printed);
  if ('literal' in name) return { literal: name.literal };
  const particle = /^((?:\p{Ll}[\p{L}'’]*\s+)+)(.+)$/u.exec(name.family);
  return particle
    ? { given: name.given, particle: particle[1]!.trim(), family: particle[2]! }
    : { given: name.given, family: name.family };
}

/** The family name with its particle, as most people write it: "van der Waals". */
export function fullFamily(name: StructuredName): string {
  return [name.particle, name.family].filter(Boolean).join(' ');
}

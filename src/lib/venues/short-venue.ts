/**
 * A venue as people cite it in a list: "NeurIPS 2024", "ACL 2024", "Phys. Rev. B 91". The paper page
 * and the exports keep the full name; lists, related papers and search results show this.
 *
 * The short name is, in order: the acronym the source gives in parentheses ("Advances in Neural
 * Information Processing Systems (NeurIPS)"), the name in `known-venues.ts`, or else the venue as
 * written (a short name is never made by dropping words). The year (or, for a journal cited by
 * volume, the volume) is added unless the venue already shows it.
 */
import { knownVenues, type KnownVenue } from './known-venues.ts';

export interface VenueInput {
  venue?: string | undefined;
  year: number | null;
  volume?: string | undefined;
}

/** `(NeurIPS)`, `(ACL 2024)`, `(EMNLP-IJCNLP)`: a parenthesised acronym, not `(Volume 1: Long Papers)`. */
const parenthesisedAcronym =
  /\((?<acronym>[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[-/][A-Z][A-Za-z]*)*)(?:[ '’]*(?<year>\d{4}|\d{2}))?\)/;

/** Venue words for matching: lowercase, punctuation and ordinals ("62nd") ignored. */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

export function knownVenue(venue: string, table: readonly KnownVenue[] = knownVenues): KnownVenue | undefined {
  const text = words(venue);
  return table.find((entry) => text.includes(` ${entry.match} `));
}

const wholeAcronym = /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/;

/** "Findings of the Association for Computational Linguistics: EMNLP 2023" names its conference last. */
const trailingAcronym = /:\s*(?<acronym>[A-Z][A-Za-z]*[A-Z][A-Za-z-]*)\s+\d{4}\s*$/;

/** The short name of `venue` without year, or undefined when it has none but its own. */
export function shortVenueName(venue: string): { name: string; cite: 'year' | 'volume' } | undefined {
  // A venue that is an acronym already ("ICML", "CVPR"): add the year and it is cited.
  if (wholeAcronym.test(venue.trim())) return { name: venue.trim(), cite: 'year' };
  const acronym = parenthesisedAcronym.exec(venue)?.groups?.['acronym'];
  if (acronym) return { name: acronym, cite: 'year' };
  const known = knownVenue(venue);
  if (!known) return undefined;
  const conference = trailingAcronym.exec(venue)?.groups?.['acronym'];
  if (known.short.startsWith('Findings of') && conference) return { name: `Findings of ${conference}`, cite: 'year' };
  return { name: known.short, cite: known.cite ?? 'year' };
}

/**
 * "NeurIPS 2024", "Phys. Rev. B 91"; a venue with no short name is returned as written (callers add
 * the year their own way, see `venue-line.ts`); undefined without a venue.
 */
export function shortVenue({ venue, year, volume }: VenueInput): string | undefined {
  if (!venue) return undefined;
  const short = shortVenueName(venue);
  if (!short) return venue;
  if (short.cite === 'volume' && volume) return `${short.name} ${volume}`;
  return year === null ? short.name : `${short.name} ${year}`;
}

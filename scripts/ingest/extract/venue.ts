/**
 * The venue hidden in an arXiv comment line. Comments mix venues with page counts and code links:
 * `ICML 2025. Code: URL`, `20 pages, 2 figures. Accepted at ICLR 2024`, `Preprint. 31 pages`.
 * The comment is split into clauses; clauses that only count things or say "preprint" are not venues.
 */

/** Clauses that describe the manuscript, not where it appeared. */
const notVenuePatterns = [
  /^\d+\s*(pages?|pp\.?|figures?|figs?\.?|tables?|appendi(x|ces))\b/i,
  /^(preprint|work in progress|under review|submitted|draft|technical report|extended version)\b\.?$/i,
  /^(code|data|project page|website|github|demo)\s*(is\s*)?(available\s*)?(at|:)/i,
  /^https?:\/\//i,
  /^(v\d+|version \d+)\b/i,
];

/** Phrases that introduce a venue: the venue is what follows. */
const venueIntroduction =
  /^(?:(?:accepted|published|presented|appear(?:s|ing)?|to appear|camera[- ]ready(?: version)?|(?:oral|spotlight|poster)(?: presentation| paper)?|(?:full|short|long) paper)\s+(?:(?:as|for)\s+(?:an?\s+)?(?:oral|poster|spotlight|paper)\s+)?(?:at|in|to|by|for)\s+(?:the\s+)?)(.+)$/i;

/** A venue name: an acronym or capitalised words, with a year (`ICML 2025`, `Findings of EMNLP 2023`). */
const namedVenueWithYear = /^(?:(?:the\s+)?(?:findings\s+of\s+)?[A-Z][\w&\-/']*(?:\s+[A-Za-z&\-/'()]+){0,8}?)\s*'?(?:19|20)\d{2}\b.*$/;

export function venueFromComment(comment: string): string | undefined {
  const withoutPrefix = comment.replace(/^\s*comments?\s*:\s*/i, '');
  for (const rawClause of splitClauses(withoutPrefix)) {
    const clause = rawClause.trim();
    if (clause.length === 0 || notVenuePatterns.some((pattern) => pattern.test(clause))) continue;
    const introduced = venueIntroduction.exec(clause)?.[1];
    if (introduced) return tidyVenue(introduced);
    if (namedVenueWithYear.test(clause) && clause.length <= 80) return tidyVenue(clause);
  }
  return undefined;
}

/** Clauses are separated by `.`, `;` or `,` followed by a space; a dot inside a URL does not split. */
function splitClauses(text: string): string[] {
  return text.split(/(?<!\b[A-Z])[.;,](?=\s|$)/);
}

function tidyVenue(venue: string): string {
  return venue.replace(/[\s.;,]+$/, '').trim();
}

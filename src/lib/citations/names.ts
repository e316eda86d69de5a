/**
 * Splitting author names as printed ("Jane Q. Doe", "Doe, Jane", "Johannes van der Waals") into
 * family and given parts, for BibTeX, CSL-JSON and citation keys.
 *
 * Documents print names in many orders and we cannot know every convention; the rule is BibTeX's
 * own: with a comma, the family name comes first; without one, the last word is the family name,
 * joined by any lower-case particles before it ("van der"). A single word is kept whole.
 */
export type PersonName = { family: string; given: string } | { literal: string };

const suffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

export function splitName(printed: string): PersonName {
  const name = printed.replace(/\s+/g, ' ').trim();
  const commaParts = name.split(',').map((part) => part.trim());
  if (commaParts.length >= 2 && commaParts[0] && commaParts.at(-1)) {
    // "Doe, Jane" (or "Doe, Jr., Jane").
    const family = commaParts[0];
    const given = commaParts
      .slice(1)
      .filter((part) => !suffixes.has(part.toLowerCase()))
      .join(' ');
    return given ? { family, given } : { literal: name };
  }
  const words = name.split(' ');
  // "Martin Luther King Jr." keeps its suffix out of the family name's last word.
  while (words.length > 2 && suffixes.has(words.at(-1)!.toLowerCase())) words.pop();
  if (words.length < 2) return { literal: name };
  let familyStart = words.length - 1;
  while (familyStart > 1 && /^\p{Ll}/u.test(words[familyStart - 1]!)) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

/** The family name, or the whole name when it has no parts. */
export function familyName(printed: string): string {
  const name = splitName(printed);
  return 'family' in name ? name.family : name.literal;
}

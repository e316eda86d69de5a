/** English month names and abbreviations, as aggregator pages and BibTeX print them. */
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `'Sep'`, `'September'`, `'sept.'` → 9; undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const index = months.indexOf(name.trim().toLowerCase().slice(0, 3));
  return index === -1 ? undefined : index + 1;
}

/** A regular-expression alternative matching any month abbreviation or full name. */
export const monthNamePattern =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export function isoDate(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

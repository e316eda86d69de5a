/** "ICML 2025" rather than "ICML 2025 · 2025": the year is added only when the venue lacks it. */
export function venueLine(venue: string | undefined, year: number | null): string {
  const yearText = year === null ? '' : String(year);
  if (!venue) return yearText;
  return yearText && !venue.includes(yearText) ? `${venue} · ${yearText}` : venue;
}

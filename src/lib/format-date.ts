/**
 * Publication dates are `YYYY-MM-DD` or `YYYY-MM` strings. They are formatted by hand, in UTC
 * terms, so a build in any time zone prints the same day.
 */

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2 January 2024", or "January 2024" when only the month is known. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = months[Number(month) - 1] ?? '';
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * Google Scholar's `citation_publication_date`: `2024/01/02`, or the year alone when the day is
 * unknown, since Scholar's guidelines accept no `YYYY/MM`.
 */
export function scholarDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll('-', '/') : date.slice(0, 4);
}

/**
 * CV dates: JSON Resume's `2024`, `2024-03` or `2024-03-15`, shown as "2024", "Mar 2024" or
 * "Mar 2024" (a CV rarely needs the day), and ranges as "Sep 2019 – Jun 2023" or "2021 – present".
 */

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function cvDate(date: string): string {
  const [year, month] = date.split('-');
  const monthName = month ? shortMonths[Number(month) - 1] : undefined;
  return monthName ? `${monthName} ${year}` : (year ?? date);
}

/**
 * A range. A start without an end is ongoing ("– present") when `ongoing` says such entries run on
 * (a position, a degree under way); otherwise it is a single date.
 */
export function cvDateRange(startDate?: string, endDate?: string, ongoing = true): string | undefined {
  if (startDate && endDate) {
    const start = cvDate(startDate);
    const end = cvDate(endDate);
    return start === end ? start : `${start}\u2009–\u2009${end}`;
  }
  if (startDate) return ongoing ? `${cvDate(startDate)}\u2009–\u2009present` : cvDate(startDate);
  if (endDate) return cvDate(endDate);
  return undefined;
}

/**
 * Aggregator pages print dates of the current year without the year (`May 20`) and older ones with
 * it (`Nov 1, 2025`). The current year is the year the page was captured, which the page itself
 * tells us: it is after every year the page does print. The clock is never read, so a build
 * gives the same output whenever it runs.
 */
import { isoDate, monthNumber } from './month-names.ts';

/** The capture year implied by the years a page prints, or undefined when it prints none. */
export function captureYear(printedYears: readonly number[]): number | undefined {
  return printedYears.length === 0 ? undefined : Math.max(...printedYears) + 1;
}

/** An aggregator date (`May 20`, `Jun 4, 2025`) as `YYYY-MM-DD`, or undefined when no year is known. */
export function aggregatorDate(month: string, day: string, year: string | undefined, pageYear: number | undefined) {
  const monthIndex = monthNumber(month);
  const fullYear = year ? Number(year) : pageYear;
  if (monthIndex === undefined || fullYear === undefined) return undefined;
  return isoDate(fullYear, monthIndex, Number(day));
}

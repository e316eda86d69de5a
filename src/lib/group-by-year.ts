/**
 * The publication list is read year by year. Groups come newest first with undated papers last;
 * inside a group the input order is kept (the loader already sorts newest first).
 */

export interface YearGroup<T> {
  /** null collects the papers whose date the documents do not give. */
  year: number | null;
  items: T[];
}

export function groupByYear<T extends { year: number | null }>(items: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const group = groups.get(item.year);
    if (group) group.push(item);
    else groups.set(item.year, [item]);
  }
  return [...groups.entries()]
    .map(([year, grouped]) => ({ year, items: grouped }))
    .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
}

/** The id of a year's heading, used as the target of the year navigation (`#year-2024`). */
export function yearAnchor(year: number | null): string {
  return year === null ? 'year-undated' : `year-${year}`;
}

export function yearLabel(year: number | null): string {
  return year === null ? 'Undated' : String(year);
}

/**
 * The full publication list is split into pages of `pageSize` once it grows past it, so the home
 * page stays small for owners with thousands of papers. Page 1 is the home page.
 */

export const defaultPageSize = 200;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
  const size = Math.max(1, Math.floor(pageSize));
  const pages: ListPage<T>[] = [];
  for (let start = 0; start < items.length; start += size) {
    pages.push({ number: pages.length + 1, items: items.slice(start, start + size) });
  }
  // An empty collection still has a (empty) first page: the home page.
  return pages.length > 0 ? pages : [{ number: 1, items: [] }];
}

export interface YearLink {
  year: number | null;
  /** The page on which the year's first publication is listed. */
  page: number;
  count: number;
}

/** One link per year for the year navigation, pointing at the page where that year starts. */
export function yearLinks<T extends { year: number | null }>(pages: readonly ListPage<T>[]): YearLink[] {
  const links = new Map<number | null, YearLink>();
  for (const page of pages) {
    for (const item of page.items) {
      const link = links.get(item.year);
      if (link) link.count++;
      else links.set(item.year, { year: item.year, page: page.number, count: 1 });
    }
  }
  return [...links.values()].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
}

/** Which publications a list shows, in which groups. Pure, so unit tests cover it without a DOM. */
import type { EmbedData, EmbedItem } from './data.ts';
import type { ListOptions } from './options.ts';

export interface Selection {
  groups: { year: number | null; items: EmbedItem[] }[];
  /** How many matched before `limit` cut the list. */
  matched: number;
}

export function selectItems(data: EmbedData, options: ListOptions): Selection {
  const wanted = options.topics;
  const matching = data.items.filter((item) => {
    if (wanted.length > 0) {
      const topics = item.k.flatMap((slug) => [slug, (data.topics[slug] ?? '').toLowerCase()]);
      if (!wanted.some((topic) => topics.includes(topic))) return false;
    }
    // A year range says nothing about an undated paper, so undated papers are left out of ranges.
    if (options.yearFrom !== null && (item.y === undefined || item.y < options.yearFrom)) return false;
    if (options.yearTo !== null && (item.y === undefined || item.y > options.yearTo)) return false;
    return true;
  });
  const shown = options.limit === null ? matching : matching.slice(0, options.limit);
  const groups: Selection['groups'] = [];
  for (const item of shown) {
    const year = options.groupByYear ? (item.y ?? null) : null;
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return { groups, matched: matching.length };
}

export type AuthorToken = { name: string; owner: boolean } | { gap: number };

/**
 * Long author lists are shortened to the first few names, plus the owner's wherever they stand, with
 * the number of names left out; a ten-page list of consortium authors would bury the paper.
 */
export function shortenAuthors(authors: readonly string[], owners: readonly number[], keep = 6): AuthorToken[] {
  const visible =
    authors.length <= keep + 2
      ? authors.map((_, index) => index)
      : [...Array(keep).keys(), ...owners.filter((index) => index >= keep)];
  const tokens: AuthorToken[] = [];
  let next = 0;
  for (const index of visible) {
    if (index > next) tokens.push({ gap: index - next });
    tokens.push({ name: authors[index]!, owner: owners.includes(index) });
    next = index + 1;
  }
  if (next < authors.length) tokens.push({ gap: authors.length - next });
  return tokens;
}

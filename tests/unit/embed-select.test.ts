import { describe, expect, it } from 'vitest';
import type { EmbedData, EmbedItem } from '../../src/client/embed/data.ts';
import { readOptions } from '../../src/client/embed/options.ts';
import { selectItems, shortenAuthors } from '../../src/client/embed/select.ts';

const item = (t: string, y: number | undefined, k: string[] = []): EmbedItem => ({
  t,
  a: ['A'],
  o: [],
  u: `https://x.org/${t}/`,
  k,
  l: [],
  ...(y ? { y } : {}),
});
const data: EmbedData = {
  home: 'https://x.org/',
  owner: 'A',
  topics: { nlp: 'Natural language', vision: 'Vision' },
  items: [
    item('e', 2025, ['nlp']),
    item('d', 2024, ['vision']),
    item('c', 2024, ['nlp', 'vision']),
    item('b', 2022),
    item('a', undefined, ['nlp']),
  ],
};
const options = (attributes: Record<string, string>) => readOptions((name) => attributes[name] ?? null);
const titles = (attributes: Record<string, string>) =>
  selectItems(data, options(attributes)).groups.flatMap((g) => g.items.map((i) => i.t));

describe('readOptions', () => {
  it('has defaults for every attribute', () => {
    expect(options({})).toEqual({
      topics: [],
      yearFrom: null,
      yearTo: null,
      limit: null,
      groupByYear: false,
      highlightOwner: true,
      theme: 'inherit',
      linkTarget: null,
    });
  });

  it('reads boolean attributes as HTML does, with explicit "false" as off', () => {
    expect(options({ 'group-by-year': '' }).groupByYear).toBe(true);
    expect(options({ 'group-by-year': 'false' }).groupByYear).toBe(false);
    expect(options({ 'highlight-owner': 'false' }).highlightOwner).toBe(false);
    expect(options({ 'highlight-owner': '' }).highlightOwner).toBe(true);
  });

  it('ignores unreadable values', () => {
    expect(options({ limit: '-3', 'year-from': 'soon', theme: 'neon', 'link-target': 'javascript:' })).toMatchObject({
      limit: null,
      yearFrom: null,
      theme: 'inherit',
      linkTarget: null,
    });
  });
});

describe('selectItems', () => {
  it('filters by topic slug or label, several separated by commas', () => {
    expect(titles({ topic: 'nlp' })).toEqual(['e', 'c', 'a']);
    expect(titles({ topic: 'Vision' })).toEqual(['d', 'c']);
    expect(titles({ topic: 'vision, nlp' })).toEqual(['e', 'd', 'c', 'a']);
    expect(titles({ topic: 'none' })).toEqual([]);
  });

  it('filters by year range, leaving undated papers out of ranges', () => {
    expect(titles({ 'year-from': '2024' })).toEqual(['e', 'd', 'c']);
    expect(titles({ 'year-to': '2024' })).toEqual(['d', 'c', 'b']);
    expect(titles({ 'year-from': '2023', 'year-to': '2024' })).toEqual(['d', 'c']);
  });

  it('limits after filtering and reports how many matched', () => {
    const selection = selectItems(data, options({ topic: 'nlp', limit: '2' }));
    expect(selection.groups.flatMap((g) => g.items.map((i) => i.t))).toEqual(['e', 'c']);
    expect(selection.matched).toBe(3);
  });

  it('groups by year, undated last', () => {
    const groups = selectItems(data, options({ 'group-by-year': '' })).groups;
    expect(groups.map((g) => [g.year, g.items.length])).toEqual([
      [2025, 1],
      [2024, 2],
      [2022, 1],
      [null, 1],
    ]);
  });
});

describe('shortenAuthors', () => {
  const names = Array.from({ length: 20 }, (_, i) => `N${i}`);

  it('keeps short lists whole', () => {
    expect(shortenAuthors(names.slice(0, 8), [7])).toHaveLength(8);
  });

  it('keeps the first names and the owner, counting the others', () => {
    expect(shortenAuthors(names, [12])).toEqual([
      ...names.slice(0, 6).map((name) => ({ name, owner: false })),
      { gap: 6 },
      { name: 'N12', owner: true },
      { gap: 7 },
    ]);
  });
});

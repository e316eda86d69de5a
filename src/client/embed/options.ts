/**
 * The `<publication-list>` attributes (and `/embed/` query parameters, which use the same names),
 * read into options. Anything unreadable falls back to the default instead of failing.
 */
export const themes = ['light', 'dark', 'auto', 'inherit'] as const;
export type Theme = (typeof themes)[number];

export interface ListOptions {
  /** Topic slugs or labels, lower-cased; a paper matches when it has any of them. */
  topics: string[];
  yearFrom: number | null;
  yearTo: number | null;
  limit: number | null;
  groupByYear: boolean;
  highlightOwner: boolean;
  theme: Theme;
  /** Where links open (`_top` inside the iframe page); null for the browser's default. */
  linkTarget: string | null;
}

export const attributeNames = [
  'topic',
  'year-from',
  'year-to',
  'limit',
  'group-by-year',
  'highlight-owner',
  'theme',
  'link-target',
];

type Read = (name: string) => string | null;

const offWords = ['false', 'off', 'no', '0'];

function integer(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

export function readOptions(read: Read): ListOptions {
  const theme = read('theme');
  const groupByYear = read('group-by-year');
  const highlight = read('highlight-owner');
  const limit = integer(read('limit'));
  const target = read('link-target');
  return {
    topics: (read('topic') ?? '')
      .split(',')
      .map((topic) => topic.trim().toLowerCase())
      .filter(Boolean),
    yearFrom: integer(read('year-from')),
    yearTo: integer(read('year-to')),
    limit: limit && limit > 0 ? limit : null,
    groupByYear: groupByYear !== null && !offWords.includes(groupByYear.toLowerCase()),
    highlightOwner: highlight === null || !offWords.includes(highlight.toLowerCase()),
    theme: themes.includes(theme as Theme) ? (theme as Theme) : 'inherit',
    linkTarget: target && /^_(blank|top|parent|self)$/.test(target) ? target : null,
  };
}

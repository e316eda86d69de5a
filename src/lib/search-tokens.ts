/**
 * How text becomes search words, shared by the build (which indexes) and the browser (which
 * queries), so both sides always cut words the same way. Browser-safe: no Node APIs.
 */

/** Lower-case, diacritics removed, so "Schrödinger" is found by "schrodinger". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** TeX in titles and abstracts (`$\frac{a}{b}$`) would add "frac" to the vocabulary: drop the commands. */
function withoutTexCommands(text: string): string {
  return text.replace(/\\[a-zA-Z]+/g, ' ');
}

/** The words of `text`, folded, in order, repeats kept. */
export function tokenize(text: string): string[] {
  return foldForSearch(withoutTexCommands(text)).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words too common to narrow a search: a query word in this list is ignored unless it is all there is. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can for from has have how in into is it its of on or our over than that the ' +
    'their this to towards toward via was we were what when which while with without'
  ).split(' '),
);

/** The words of a query that must each match, stop words dropped (unless nothing else is left), no repeats. */
export function queryWords(query: string): string[] {
  const words = [...new Set(tokenize(query))];
  const meaningful = words.filter((word) => !stopWords.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * A URL slug made from a title: folded, words joined by hyphens. The search index stores a
 * paper's slug as a length when it is a prefix of this (as ingested slugs usually are), which
 * saves about a sixth of the file; see `search-documents.ts`.
 */
export function slugifyTitle(title: string): string {
  return foldForSearch(title)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug back from its stored form: the text itself, or the length of the title's slug prefix. */
export function expandSlug(stored: string | number, title: string): string {
  return typeof stored === 'number' ? slugifyTitle(title).slice(0, stored) : stored;
}

/**
 * Acronyms the documents define, such as "retrieval-augmented generation (RAG)". Papers of one thread
 * often use only the acronym, so topic matching reads "RAG" as the words it stands for.
 */
import { stem, stopwords } from './words.ts';

/** `(RAG)` or `(LLMs)`: the place where an acronym may be defined by the words before it. */
const acronymInParentheses = /\(([\p{Lu}][\p{L}]*[\p{Lu}])s?\)/gu;
/** Up to eight words ending right before the parenthesis. */
const wordsBefore = /((?:[\p{L}][\p{L}\p{N}'’]*[\s-]+){0,7}[\p{L}][\p{L}\p{N}'’]*)\s*$/u;

/** Acronym → the words it stands for, for acronyms defined the same way wherever they are defined. */
export function definedAcronyms(texts: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[] | null>();
  for (const text of texts) {
    for (const match of text.matchAll(acronymInParentheses)) {
      const acronym = match[1] ?? '';
      // Looking back from each parenthesis is far cheaper than a pattern that scans every word.
      const before = wordsBefore.exec(text.slice(Math.max(0, match.index - 120), match.index))?.[1] ?? '';
      const words = expansionFor(acronym, before.split(/[\s-]+/));
      if (!words) continue;
      const known = found.get(acronym);
      if (known === undefined) found.set(acronym, words);
      // An acronym defined two different ways is ambiguous; it is then left alone. Plurals and
      // capitals do not count as different ("Large Language Model", "large language models").
      else if (known && known.map(stem).join(' ') !== words.map(stem).join(' ')) found.set(acronym, null);
    }
  }
  return new Map([...found].filter((entry): entry is [string, string[]] => entry[1] !== null).sort(([a], [b]) => a.localeCompare(b)));
}

/** The shortest run of trailing words whose initials (ignoring small words) spell the acronym. */
function expansionFor(acronym: string, words: string[]): string[] | undefined {
  const letters = acronym.toLowerCase();
  for (let count = 1; count <= words.length; count += 1) {
    const candidate = words.slice(-count);
    const initials = candidate
      .filter((word) => !stopwords.has(word.toLowerCase()))
      .map((word) => word[0]?.toLowerCase() ?? '')
      .join('');
    if (initials === letters && !stopwords.has((candidate[0] ?? '').toLowerCase())) return candidate;
    if (initials.length > letters.length) return undefined;
  }
  return undefined;
}

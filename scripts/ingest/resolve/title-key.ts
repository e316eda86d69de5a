/**
 * Titles as a work's name, for matching versions of one work: the conference paper, the journal
 * version and the preprint print the same title in different dress. The key ignores case, accents,
 * spacing, punctuation, hyphens and dashes (`Spin-Orbit` = `spin–orbit` = `spinorbit`, `tri-layer` =
 * `trilayer`), TeX markup (`NC$^1$` = `NC1` = `NC^1` = `NC{\^{}}1`, `Mn$_{3}$Sn` = `Mn\textsubscript{3}Sn`)
 * and small words ("the", "a", "of"). It keeps every other word: "3-Connected Planar Graph
 * Isomorphism" and "Planar Graph Isomorphism" are two works, and so are two titles that differ by
 * "Truthful".
 */

/** Words that do not tell one work from another: articles, prepositions, conjunctions. */
const smallWords = new Set(['a', 'an', 'the', 'of', 'for', 'in', 'on', 'and', 'to', 'with', 'via', 'by', 'at', 'from', 'into', 'its', 'their', 'is', 'are', 'as']);

/** The title's words, lower-cased, TeX and accents removed, hyphenated words joined, small words dropped. */
export function titleWords(title: string): string[] {
  const plain = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // TeX commands name markup, not words (`\textsubscript{3}` keeps its argument, `\^{}` goes).
    .replace(/\\[a-zA-Z]+\*?/g, ' ')
    .replace(/\\./g, '')
    .replace(/[{}$^_]/g, '')
    .toLowerCase()
    // Hyphens and dashes inside a word join it: "tri-layer", "spin–orbit", "3-connected".
    .replace(/(?<=[\p{L}\p{N}])[-‐‑‒–—](?=[\p{L}\p{N}])/gu, '');
  return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !smallWords.has(word));
}

/**
 * The comparison key: the title's words run together, so that spacing differences (`NC 1` and
 * `NC1`, `camera trap` and `camera-trap`) vanish too. Empty when the title has no words.
 */
export function workTitleKey(title: string): string {
  return titleWords(title).join('');
}

/** Small text helpers shared by the parsers. */

/** Collapses runs of white space (including line breaks inside wrapped titles) to single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A comparison key for titles: case, accents, punctuation and spacing removed, so that
 * "Learning: A Study" and "learning — a study" compare equal, while one changed word does not.
 */
export function titleKey(title: string): string {
  // ASCII text needs no normalising and has no marks: most keys are of English abstracts, and the
  // Unicode steps took 40 ms of a 1,000-paper ingest.
  if (!nonAscii.test(title))
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const nonAscii = /[\u0080-\uffff]/;

/** Non-empty lines with their 1-based line numbers. */
export function numberedLines(text: string): { text: string; line: number }[] {
  return text
    .split('\n')
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter((line) => line.text.length > 0);
}

/**
 * Returns a function from a character offset in `text` to its 1-based line number. The line starts
 * are found once, so a large document with many records costs one pass plus a binary search each.
 */
export function lineLocator(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * How a topic phrase reads: its most common spelling in the papers (titles count most), in title
 * case, with acronyms upper-case and hyphens where the papers write them ("self-training" in the
 * abstracts gives "Self-Training"; "zero shot" without a hyphen stays "Zero Shot"). The hyphens are
 * learnt from the documents, never from a list of terms.
 */
import type { Candidate, Sighting } from './candidates.ts';
import { surfaceOf } from './candidates.ts';
import { stopwords } from './words.ts';

/**
 * @param texts the raw titles and abstracts of the papers, lower-cased, by paper index: where the
 *   phrase's words are seen written with a hyphen or a space between them.
 */
export function labelOf(candidate: Candidate, sightings: readonly Sighting[], texts: readonly string[]): string {
  const surfaces = new Map<string, number>();
  for (const { run, start, weight } of sightings) {
    const surface = surfaceOf(run.slice(start, start + candidate.words));
    surfaces.set(surface, (surfaces.get(surface) ?? 0) + weight);
  }
  const [surface = candidate.key] = [...surfaces].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  const words = surface.split(' ');
  const papers = [...candidate.papers].map((index) => texts[index] ?? '');
  let label = titleCase(words[0] ?? '', 0);
  for (let index = 1; index < words.length; index += 1) {
    const word = titleCase(words[index] ?? '', index);
    label += hyphenated(words[index - 1] ?? '', words[index] ?? '', papers) ? `-${word}` : ` ${word}`;
  }
  return label;
}

function titleCase(word: string, index: number): string {
  if (index > 0 && stopwords.has(word.toLowerCase())) return word.toLowerCase();
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
}

/** Do the papers write the two words with a hyphen between them at least as often as with a space? */
function hyphenated(left: string, right: string, texts: readonly string[]): boolean {
  const pair = `${left}-${right}`.toLowerCase();
  const spaced = `${left} ${right}`.toLowerCase();
  let withHyphen = 0;
  let withSpace = 0;
  for (const text of texts) {
    withHyphen += occurrences(text, pair);
    withSpace += occurrences(text, spaced);
  }
  return withHyphen > 0 && withHyphen >= withSpace;
}

/** Occurrences of `part` as whole words (a plural "s" allowed): "class-imbalanced" is no "class-imbalance". */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) {
    const after = text.slice(at + part.length, at + part.length + 2);
    if (!letter.test(text[at - 1] ?? '') && !letter.test(after[0] ?? '')) count += 1;
    else if (after[0] === 's' && !letter.test(after[1] ?? '')) count += 1;
  }
  return count;
}

const letter = /\p{L}/u;

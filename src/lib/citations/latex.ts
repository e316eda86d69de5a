/**
 * Turning plain text into LaTeX text that BibTeX and biblatex read back as the same text.
 *
 * Non-ASCII letters and LaTeX's special characters are written as LaTeX commands by unicode2latex,
 * the mapping Better BibTeX uses, in its "creator" mode: every command is braced as one BibTeX
 * "special character" (`Garc{\'i}a`, `{\O}ystein`, `\&`), which classic BibTeX counts as one letter
 * when it abbreviates, sorts or changes case, and which pdflatex reads whatever the input encoding.
 * Letters that have no LaTeX command (CJK, most scripts) stay UTF-8; `<` and `>` become `$<$`, not
 * the `¡` and `¿` that LaTeX's default font encoding prints for them.
 *
 * `$…$` math in titles and abstracts is kept as math, since it is LaTeX already; everything else is
 * converted.
 */
import { Transform } from 'unicode2latex';

const toLatex = new Transform('bibtex-creator');

/** Plain text as LaTeX; no math, no case protection. For venues, publishers, notes. */
export function textToLatex(text: string): string {
  // Plain ASCII passes through unchanged, and unicode2latex takes a few milliseconds for a long
  // abstract: only the runs it would change go through it (a letter with a combining mark after it
  // goes with the mark).
  return text.normalize('NFC').replace(needsConversion, convertRun);
}

// The same short runs (`ü`, `&`, `é`) recur in every entry, and each call has a fixed cost.
const converted = new Map<string, string>();

function convertRun(run: string): string {
  let latex = converted.get(run);
  if (latex === undefined) {
    if (converted.size > 10_000) converted.clear();
    latex = groupStackedAccents(toLatex.tolatex(run));
    converted.set(run, latex);
  }
  return latex;
}

// eslint-disable-next-line no-control-regex -- every character outside ASCII
const needsConversion = /(?:[^\x00-\x7F]|[#$%&<>\\^_{|}~]|[A-Za-z](?=\p{M}))+/gu;

/**
 * A letter with two accents (Yoruba's ẹ́, Vietnamese's ặ) comes out of unicode2latex as `\'\d e`,
 * which LaTeX reads as an acute over the `\d` command and stops on; the inner accent needs its own
 * group: `\'{\d e}`.
 */
function groupStackedAccents(latex: string): string {
  return latex.replace(
    /\\([`'^"~=.]|[uvHcdbkr](?![a-zA-Z]))\s*(\\(?:[`'^"~=.]|[uvHcdbkr](?![a-zA-Z]))\s*(?:\{[^{}]*\}|\\[ij]\b|[A-Za-z]))/g,
    (_match, outer: string, inner: string) => `\\${outer}{${inner}}`,
  );
}

/** A part of a person's name. */
export function nameToLatex(text: string): string {
  return textToLatex(text);
}

export type TextSegment = { kind: 'text' | 'math'; value: string };

/**
 * Splits text into plain runs and `$…$` / `$$…$$` math, with Pandoc's rule for what counts as math:
 * the opening `$` is followed by a non-space, the closing `$` follows a non-space and is not followed
 * by a digit. So "costs $5 and $10" stays text; an escaped `\$` is never a delimiter. Math with unbalanced braces would break the BibTeX
 * entry, so it is treated as text (and escaped) instead.
 */
export function splitMath(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const mathPattern = /(?<!\\)\$\$(?!\s)([^$]+?)(?<![\s\\])\$\$|(?<!\\)\$(?!\s)([^$\n]+?)(?<![\s\\])\$(?!\d)/g;
  let last = 0;
  for (const match of text.matchAll(mathPattern)) {
    const body = match[1] ?? match[2] ?? '';
    if (!hasBalancedBraces(body)) continue;
    if (match.index > last) segments.push({ kind: 'text', value: text.slice(last, match.index) });
    segments.push({ kind: 'math', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', value: text.slice(last) });
  return segments;
}

function hasBalancedBraces(tex: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const char = tex[i];
    if (char === '\\') {
      i++; // `\{` and `\}` are escaped braces, not grouping.
      continue;
    }
    if (char === '{') depth++;
    if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Converts text, keeping `$math$` as it is. For abstracts. */
export function textToLatexKeepingMath(text: string): string {
  return splitMath(text)
    .map((segment) => (segment.kind === 'math' ? segment.value : textToLatex(segment.value)))
    .join('');
}

/**
 * Converts a title, keeping math, and wraps words whose capitals must survive a style's case change
 * in braces: `{BERT}`, `{GPT-4}`, `{LaTeX}`, `{iPhone}`. Ordinary capitalised words are left to the
 * style (as DBLP does), so sentence-case styles still work.
 */
export function titleToLatex(text: string): string {
  return splitMath(text)
    .map((segment) => (segment.kind === 'math' ? segment.value : protectCapitals(segment.value)))
    .join('');
}

// Combining marks belong to their word: Yoruba's ẹ́ is a letter and a mark.
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * A capital inside a word part (`BERT`, `LaTeX`, `GPT-4`, `WebAgent`), a capital with digits (`R1`,
 * `T5`), or a lone capital in a compound (`G-Zero`), is part of a name. Title-case compounds (`Self-Play`) are left to the style.
 */
function needsCaseProtection(word: string): boolean {
  const parts = word.split(/[-'’]/);
  return parts.some(
    (part) =>
      /\p{Lu}/u.test(part.slice(1)) ||
      (/\p{Lu}/u.test(part) && /\p{N}/u.test(part)) ||
      (parts.length > 1 && /^\p{Lu}$/u.test(part)),
  );
}

function protectCapitals(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    result += textToLatex(text.slice(last, match.index));
    const word = match[0];
    // The group starts with a brace, never a backslash, so BibTeX protects it whole.
    result += needsCaseProtection(word) ? `{${textToLatex(word)}}` : textToLatex(word);
    last = match.index + word.length;
  }
  return result + textToLatex(text.slice(last));
}

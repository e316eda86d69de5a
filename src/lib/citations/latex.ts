/**
 * Turning plain text into LaTeX text that BibTeX and biblatex read back as the same text.
 *
 * Text stays UTF-8: accents, Greek and CJK are written as themselves, not as `{\"u}`. biblatex (with
 * Biber) and every LaTeX since 2018 read UTF-8 natively, and reference managers import it unchanged;
 * only 8-bit BibTeX styles that sort accented names need the `{\"u}` form, and those are rare now.
 *
 * `$…$` math in titles and abstracts is kept as math, since it is LaTeX already; everything else has
 * its special characters escaped.
 */

const escapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Not special to BibTeX, but in LaTeX's default OT1 font encoding `<` and `>` print as `¡` and `¿`.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escapes every LaTeX special character; no math, no case protection. For names, venues, notes. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>]/g, (char) => escapes[char] ?? char);
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

/** Escapes text, keeping `$math$` as it is. For abstracts. */
export function escapeLatexKeepingMath(text: string): string {
  return splitMath(text)
    .map((segment) => (segment.kind === 'math' ? segment.value : escapeLatex(segment.value)))
    .join('');
}

/**
 * Escapes a title, keeping math, and wraps words whose capitals must survive a style's case change
 * in braces: `{BERT}`, `{GPT-4}`, `{LaTeX}`, `{iPhone}`. Ordinary capitalised words are left to the
 * style (as DBLP does), so sentence-case styles still work.
 */
export function escapeTitle(text: string): string {
  return splitMath(text)
    .map((segment) => (segment.kind === 'math' ? segment.value : protectCapitals(segment.value)))
    .join('');
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

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
    result += escapeLatex(text.slice(last, match.index));
    const word = match[0];
    result += needsCaseProtection(word) ? `{${word}}` : word;
    last = match.index + word.length;
  }
  return result + escapeLatex(text.slice(last));
}

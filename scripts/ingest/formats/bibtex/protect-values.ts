/**
 * What the BibTeX parser must not read as TeX, swapped for placeholders before it parses a file and
 * restored after (`restoreValue`). Only inside field values: between fields a `%` starts a comment.
 *
 * - `$…$` math: the parser renders it to Unicode and HTML-like markup; the site renders it with KaTeX.
 *   An escaped `\$` is a dollar sign, not math: taking it for math swallowed everything up to the next
 *   `$`, that entry's abstract and the next entry with it.
 * - `%`: a comment in LaTeX, but in a bibliography `50% of` and `%20` in a link mean the character.
 * - `<` and `>`: the parser reads them in the T1 font encoding, as `¡` and `¿`.
 * - `\^{}` and `\~{}`: a caret and a tilde (DBLP writes `{\^{}}`); the parser made them lone
 *   combining accents. They become `\textasciicircum{}` and `\textasciitilde{}`, which it knows.
 *
 * Placeholders are private-use characters and `MATHPLACEHOLDER<n>X` words, which the parser passes
 * through untouched; a math span keeps its line breaks so error messages keep their line numbers.
 */

const percent = '\uE000';
const lessThan = '\uE001';
const greaterThan = '\uE002';
const literals: Record<string, string> = { '%': percent, '<': lessThan, '>': greaterThan };
const restoredLiterals: Record<string, string> = { [percent]: '%', [lessThan]: '<', [greaterThan]: '>' };
const spacingAccents: Record<string, string> = { '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };

export interface ProtectedText {
  text: string;
  /** The math spans, by placeholder number. */
  math: string[];
}

/** The file with math, `%`, `<`, `>`, `\^{}` and `\~{}` inside values replaced (see above). */
export function protectValues(source: string): ProtectedText {
  const math: string[] = [];
  let out = '';
  let index = 0;
  let depth = 0;
  let quoted = false;
  let inEntry = false;
  let closer = '}';
  const inValue = () => depth > (closer === '}' ? 1 : 0) || quoted;
  while (index < source.length) {
    const character = source[index]!;
    if (!inEntry) {
      const start = /^@[a-z]+[ \t]*([{(])/i.exec(source.slice(index, index + 40));
      if (character === '@' && start) {
        inEntry = true;
        closer = start[1] === '{' ? '}' : ')';
        depth = start[1] === '{' ? 1 : 0;
        quoted = false;
        out += start[0];
        index += start[0].length;
        continue;
      }
      out += character;
      index += 1;
      continue;
    }
    if (!inValue()) {
      if (character === '%') {
        const lineEnd = source.indexOf('\n', index);
        const end = lineEnd < 0 ? source.length : lineEnd;
        out += source.slice(index, end);
        index = end;
        continue;
      }
      if (character === '"') quoted = true;
      else if (character === '{') depth += 1;
      else if (character === closer) inEntry = false;
      out += character;
      index += 1;
      continue;
    }
    if (character === '\\') {
      const accent = /^\\([\^~])\{\}/.exec(source.slice(index, index + 4));
      if (accent) {
        out += spacingAccents[accent[1]!];
        index += 4;
      } else {
        out += source.slice(index, index + 2);
        index += 2;
      }
      continue;
    }
    if (character === '$') {
      const end = mathEnd(source, index);
      if (end > index) {
        const span = source.slice(index, end);
        out += `MATHPLACEHOLDER${math.push(span) - 1}X${'\n'.repeat(span.split('\n').length - 1)}`;
        index = end;
        continue;
      }
    }
    if (character in literals) out += literals[character];
    else {
      if (character === '{') depth += 1;
      else if (character === '}') depth -= 1;
      else if (character === '"' && quoted && depth <= (closer === '}' ? 1 : 0)) quoted = false;
      out += character;
    }
    index += 1;
  }
  return { text: out, math };
}

/**
 * Where the math span starting at `start` ends (after its closing `$` or `$$`), or `start` when it
 * does not close before the value could end: a lone `$` is left to the parser.
 */
function mathEnd(source: string, start: number): number {
  const display = source[start + 1] === '$';
  const delimiter = display ? '$$' : '$';
  let index = start + delimiter.length;
  while (index < source.length) {
    const character = source[index];
    if (character === '\\') index += 2;
    else if (source.startsWith(delimiter, index)) return index > start + delimiter.length ? index + delimiter.length : start;
    // A blank line or a new entry: the value has ended without closing the math.
    else if (character === '\n' && /^\n[ \t]*(\n|@)/.test(source.slice(index, index + 40))) return start;
    else index += 1;
  }
  return start;
}

/** A value as the parser returned it, with the placeholders of `protectValues` put back. */
export function restorePlaceholders(value: string, math: readonly string[]): string {
  return value
    .replace(/[\uE000-\uE002]/g, (character) => restoredLiterals[character] ?? character)
    .replace(/MATHPLACEHOLDER(\d+)X/g, (_, index: string) => math[Number(index)] ?? '');
}

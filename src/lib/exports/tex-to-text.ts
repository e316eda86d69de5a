/**
 * Titles and abstracts as readable plain text, for every place that cannot render TeX: `<title>`,
 * meta descriptions, Open Graph, Google Scholar's tags, JSON-LD, CSL-JSON, RSS, the embed, social
 * cards, slugs. `$\frac{E}{m} = c^2$` becomes `E/m = c²`, `$\mathcal{O}(\sqrt{T})$` becomes `O(√T)`.
 *
 * It is a readable approximation, not a renderer. Symbols come from unicode2latex's LaTeX → Unicode
 * table (thousands of commands), with a few readings of our own first where that table's choice reads
 * worse in running text (`\epsilon` as ε, not the lunate ϵ that many fonts lack). Outside math, TeX's
 * text escapes (`\&`, `\%`, `\$`) read as their characters. The TeX source stays where programs read
 * it: the `.bib`, and `publications.json`'s `titleTex` and `abstract`.
 */
import { latex2unicode } from 'unicode2latex';
import { splitMath } from '../citations/latex.ts';

// prettier-ignore
const preferred: Record<string, string> = {
  epsilon: 'ε', phi: 'φ', cdot: '·', nabla: '∇', setminus: '∖', emptyset: '∅', varnothing: '∅',
  '|': '‖', lVert: '‖', rVert: '‖', lvert: '|', rvert: '|', vert: '|', colon: ':',
  log: 'log', ln: 'ln', exp: 'exp', min: 'min', max: 'max', sup: 'sup', inf: 'inf', lim: 'lim',
  arg: 'arg', argmin: 'argmin', argmax: 'argmax', det: 'det', sin: 'sin', cos: 'cos', tan: 'tan',
  Pr: 'Pr', deg: 'deg', dim: 'dim', ker: 'ker', tr: 'tr', poly: 'poly', polylog: 'polylog',
  quad: ' ', qquad: ' ', dots: '…', ldots: '…', cdots: '⋯', '%': '%', $: '$', '&': '&', '#': '#',
  _: '_', '{': '{', '}': '}',
};
// prettier-ignore
const blackboard: Record<string, string> = {
  R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ', F: '𝔽', H: 'ℍ', S: '𝕊', V: '𝕍', I: '𝕀', '1': '𝟙',
};
// prettier-ignore
const superscripts: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ', k: 'ᵏ', d: 'ᵈ',
  '*': '*', '′': '′', '⊤': 'ᵀ',
};
// prettier-ignore
const subscripts: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', n: 'ₙ', t: 'ₜ',
  x: 'ₓ', m: 'ₘ', p: 'ₚ', s: 'ₛ', l: 'ₗ', h: 'ₕ', a: 'ₐ', e: 'ₑ', o: 'ₒ', r: 'ᵣ', u: 'ᵤ', v: 'ᵥ',
};
/** Accents over one symbol, as combining marks: `\hat{x}` → x̂, `\tilde{O}` → Õ. */
// prettier-ignore
const accents: Record<string, string> = {
  hat: '\u0302', widehat: '\u0302', tilde: '\u0303', widetilde: '\u0303', bar: '\u0304',
  overline: '\u0305', vec: '\u20d7', dot: '\u0307', ddot: '\u0308', check: '\u030c', breve: '\u0306',
};
const fonts =
  'text|textrm|textnormal|mathrm|mathbf|mathit|mathcal|mathscr|mathfrak|mathsf|mathtt|operatorname\\*?|boldsymbol|bm|emph|textbf|textit|textsf|texttt|mbox|hbox|displaystyle|textstyle';

// A braced group (two levels of nesting are enough for titles), or one character or command.
const group = String.raw`\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}`;
const argument = String.raw`(?:${group}|(\\[a-zA-Z]+|[^\s{}\\]))`;

type Reading = string | { text?: string; math?: string };
const table = latex2unicode as Readonly<Record<string, Reading>>;

function symbol(name: string): string {
  const entry = table[`\\${name}`];
  // Some commands read differently in text and in math; we are always in math here.
  const known = preferred[name] ?? (typeof entry === 'string' ? entry : (entry?.math ?? entry?.text));
  // Combining accents in the table (`\hat`, `\tilde`) have nothing to sit on here.
  return known !== undefined && !/^\p{M}$/u.test(known) ? known : name;
}

function mapAll(text: string, table: Record<string, string>, marker: string): string {
  const chars = [...text];
  return chars.every((char) => table[char])
    ? chars.map((char) => table[char]).join('')
    : `${marker}${chars.length > 1 ? `(${text})` : text}`;
}

/** A fraction's part, parenthesised unless it is one word or number. */
function part(text: string): string {
  return /^√?[\p{L}\p{N}.]+$/u.test(text) ? text : `(${text})`;
}

// Compiled once: a title page or a feed reads thousands of math runs.
const fractionPattern = new RegExp(String.raw`\\(?:[dt]?frac|over)\s*${argument}\s*${argument}`, 'g');
const blackboardPattern = new RegExp(String.raw`\\mathbb\s*${argument}`, 'g');
const fontPattern = new RegExp(String.raw`\\(?:${fonts})\s*${argument}`, 'g');
const accentPattern = new RegExp(String.raw`\\(${Object.keys(accents).join('|')})\s*${argument}`, 'g');
const rootPattern = new RegExp(String.raw`\\sqrt\s*(?:\[[^\]]*\])?\s*${argument}`, 'g');
const superscriptPattern = new RegExp(String.raw`\^\s*${argument}`, 'g');
const subscriptPattern = new RegExp(String.raw`_\s*${argument}`, 'g');

/** Readable text for the TeX between a pair of `$`. */
export function mathToText(tex: string): string {
  let text = tex;
  // Innermost first, so `\frac{\sqrt{x}}{2}` works out; most math needs no second pass.
  for (let pass = 0; pass < 4 && /\\[a-zA-Z]/.test(text); pass++) {
    const before = text;
    text = text
      .replace(fractionPattern, (_m, a1, a2, b1, b2) =>
        [a1 ?? a2, b1 ?? b2].map((piece: string) => part(mathToText(piece))).join('/'),
      )
      .replace(blackboardPattern, (_m, a1, a2) =>
        [...((a1 ?? a2) as string)].map((char) => blackboard[char] ?? char).join(''),
      )
      .replace(fontPattern, (_m, a1, a2) => a1 ?? a2)
      .replace(accentPattern, (_m, name, a1, a2) => {
        const inner = mathToText(a1 ?? a2);
        return [...inner].length === 1 ? inner + accents[name]! : inner;
      })
      .replace(rootPattern, (_m, a1, a2) => {
        const inner = mathToText(a1 ?? a2);
        return [...inner].length > 1 ? `√(${inner})` : `√${inner}`;
      });
    if (text === before) break;
  }
  return text
    .replace(/\\(left|right|middle|[bB]ig{1,2}[lr]?)\b\s*\\?/g, '')
    .replace(/\\([a-zA-Z]+|[%$&#_{}|])/g, (_m, name: string) => symbol(name))
    .replace(superscriptPattern, (_m, a1, a2) => mapAll(a1 ?? a2, superscripts, '^'))
    .replace(subscriptPattern, (_m, a1, a2) => mapAll(a1 ?? a2, subscripts, '_'))
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/~/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** TeX's text-mode escapes outside math: `\&` → `&`, `\$` → `$`. Everything else stays. */
function textEscapes(text: string): string {
  return text.replace(/\\([%$&#_{}])/g, '$1');
}

/** Replaces every `$…$` in a title or abstract with its text form, and reads text escapes. */
export function texToText(text: string): string {
  return splitMath(text)
    .map((segment) =>
      segment.kind === 'math' ? mathToText(segment.value.replace(/^\$+|\$+$/g, '')) : textEscapes(segment.value),
    )
    .join('');
}

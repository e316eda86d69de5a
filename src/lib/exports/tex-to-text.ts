/**
 * `$…$` math as readable plain text, for places that cannot render TeX: feed readers, and the embed
 * (which must not ship a math renderer, and puts every string into the page as text).
 * `$\frac{E}{m} = c^2$` becomes `E/m = c²`. It is a readable approximation, not a renderer; exports
 * meant for other programs (JSON, BibTeX, CSL) keep the TeX source.
 */
import { splitMath } from '../citations/latex.ts';

// prettier-ignore
const symbols: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ',
  Omega: 'Ω', times: '×', cdot: '·', pm: '±', mp: '∓', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠',
  ne: '≠', approx: '≈', sim: '∼', simeq: '≃', equiv: '≡', propto: '∝', infty: '∞', partial: '∂',
  nabla: '∇', sum: '∑', prod: '∏', int: '∫', in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆',
  cup: '∪', cap: '∩', forall: '∀', exists: '∃', to: '→', rightarrow: '→', leftarrow: '←',
  Rightarrow: '⇒', mapsto: '↦', ell: 'ℓ', ldots: '…', cdots: '⋯', dots: '…', log: 'log', exp: 'exp',
  min: 'min', max: 'max', sqrt: '√', '%': '%', '$': '$', '&': '&', '#': '#', _: '_', '{': '{', '}': '}',
};
// prettier-ignore
const blackboard: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ' };
// prettier-ignore
const superscripts: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ', '*': '*', '\u2032': '′',
};
// prettier-ignore
const subscripts: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', n: 'ₙ', t: 'ₜ', x: 'ₓ',
};

// A braced group (one level of nesting is enough for titles) or a single character or command.
const group = String.raw`\{((?:[^{}]|\{[^{}]*\})*)\}`;
const argument = String.raw`(?:${group}|(\\[a-zA-Z]+|[^\s{}\\]))`;

function mapAll(text: string, table: Record<string, string>, marker: string): string {
  const chars = [...text];
  return chars.every((char) => table[char])
    ? chars.map((char) => table[char]).join('')
    : `${marker}${chars.length > 1 ? `(${text})` : text}`;
}

export function mathToText(tex: string): string {
  let text = tex;
  // Innermost first, so `\frac{\sqrt{x}}{2}` works out.
  for (let pass = 0; pass < 4; pass++) {
    text = text
      .replace(new RegExp(String.raw`\\[dt]?frac\s*${argument}\s*${argument}`, 'g'), (_m, a1, a2, b1, b2) => {
        const [top, bottom] = [a1 ?? a2, b1 ?? b2].map((part: string) => (/^[\w.]+$/u.test(part) ? part : `(${part})`));
        return `${top}/${bottom}`;
      })
      .replace(new RegExp(String.raw`\\mathbb\s*${argument}`, 'g'), (_m, a1, a2) =>
        [...(a1 ?? a2)].map((c) => blackboard[c] ?? c).join(''),
      )
      .replace(
        new RegExp(
          String.raw`\\(?:text|mathrm|mathbf|mathit|mathcal|mathsf|mathtt|operatorname|boldsymbol|bm|emph|textbf|textit)\s*${group}`,
          'g',
        ),
        '$1',
      )
      .replace(new RegExp(String.raw`\\sqrt\s*${group}`, 'g'), (_m, inner: string) =>
        inner.length > 1 ? `√(${inner})` : `√${inner}`,
      );
  }
  return text
    .replace(new RegExp(String.raw`\^\s*${argument}`, 'g'), (_m, a1, a2) => mapAll(a1 ?? a2, superscripts, '^'))
    .replace(new RegExp(String.raw`_\s*${argument}`, 'g'), (_m, a1, a2) => mapAll(a1 ?? a2, subscripts, '_'))
    .replace(/\\(left|right|big|Big|bigg|Bigg)\b\s*/g, '')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\([a-zA-Z]+|[%$&#_{}])/g, (_m, name: string) => symbols[name] ?? name)
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Replaces every `$…$` in a title or abstract with its text form; the rest is left as it is. */
export function texToText(text: string): string {
  return splitMath(text)
    .map((segment) => (segment.kind === 'math' ? mathToText(segment.value.replace(/^\$+|\$+$/g, '')) : segment.value))
    .join('');
}

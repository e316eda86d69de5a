import { describe, expect, it } from 'vitest';
import { splitMath } from '../../src/lib/citations/latex.ts';
import { splitName } from '../../src/lib/citations/names.ts';
import { completeLinks, linkLabel } from '../../src/lib/exports/links.ts';
import { ownerAuthorIndexes } from '../../src/lib/exports/owner-authors.ts';
import { configuredSite } from '../../src/lib/exports/configured-site.ts';
import { absolutePaperUrl, homeUrl, paperUrl } from '../../src/lib/exports/site-urls.ts';
import { texToText } from '../../src/lib/exports/tex-to-text.ts';

describe('splitMath', () => {
  it('finds $…$ and $$…$$ math but not money', () => {
    expect(splitMath('a $x^2$ b $$y$$ c')).toEqual([
      { kind: 'text', value: 'a ' },
      { kind: 'math', value: '$x^2$' },
      { kind: 'text', value: ' b ' },
      { kind: 'math', value: '$$y$$' },
      { kind: 'text', value: ' c' },
    ]);
    expect(splitMath('costs $5 and $10')).toEqual([{ kind: 'text', value: 'costs $5 and $10' }]);
    expect(splitMath('bad $\\frac{a$ end').every((segment) => segment.kind === 'text')).toBe(true);
  });
});

describe('texToText', () => {
  it.each([
    ['A $\\frac{E}{m}$ ratio', 'A E/m ratio'],
    ['$O(n \\log n)$ in $\\mathbb{R}^d$', 'O(n log n) in ℝᵈ'],
    ['$x_{i}^{2}$ and $\\ell_2$', 'xᵢ² and ℓ₂'],
    ['$\\mathcal{O}(\\epsilon^{-2})$', 'O(ε⁻²)'],
    ['$\\text{softmax}(QK^T)$', 'softmax(QKᵀ)'],
    ['costs $5 and $10', 'costs $5 and $10'],
  ])('%s → %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });
});

describe('splitName', () => {
  it.each([
    ['Jane Q. Doe', { family: 'Doe', given: 'Jane Q.' }],
    ['Doe, Jane', { family: 'Doe', given: 'Jane' }],
    ['Johannes van der Waals', { family: 'van der Waals', given: 'Johannes' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther' }],
    ['Plato', { literal: 'Plato' }],
  ])('%s', (printed, parts) => {
    expect(splitName(printed)).toEqual(parts);
  });
});

describe('ownerAuthorIndexes', () => {
  it('finds the owner wherever and however the list spells them, as the site pages do', () => {
    expect(ownerAuthorIndexes(['Doe, Jane', 'Alex Roe', 'J. Doe', 'Jane Doering', 'Jäne Doe'], ['Jane Doe'])).toEqual([
      0, 2, 4,
    ]);
    expect(ownerAuthorIndexes(['Jane Doe'], [])).toEqual([]);
  });
});

describe('links', () => {
  it('completes arXiv and DOI links, orders them, and drops non-http(s) ones', () => {
    const links = completeLinks({
      arxiv: '2406.13629',
      doi: '10.1/x',
      links: { zeta: 'https://z.org/', alpha: 'ftp://a.org/', code: 'https://c.org/' },
    });
    expect(links).toEqual([
      ['arxiv', 'https://arxiv.org/abs/2406.13629'],
      ['code', 'https://c.org/'],
      ['doi', 'https://doi.org/10.1/x'],
      ['zeta', 'https://z.org/'],
    ]);
    expect(linkLabel('pdf')).toBe('PDF');
    expect(linkLabel('video_talk')).toBe('Video talk');
  });
});

describe('site URLs', () => {
  it('join site and base, whatever slashes the base has', () => {
    for (const base of ['/lab/', '/lab', 'lab']) {
      expect(homeUrl({ site: 'https://x.org', base })).toBe('https://x.org/lab/');
      expect(paperUrl({ site: new URL('https://x.org/'), base }, 'p-1')).toBe('https://x.org/lab/publications/p-1/');
    }
    expect(homeUrl({ site: 'https://x.org', base: '/' })).toBe('https://x.org/');
  });

  it('are paths from the site root when no site is configured, and absolute paper URLs are absent', () => {
    expect(homeUrl({ site: undefined, base: 'lab' })).toBe('/lab/');
    expect(paperUrl({ site: undefined, base: '/lab/' }, 'p-1')).toBe('/lab/publications/p-1/');
    expect(absolutePaperUrl({ site: undefined, base: '/' }, 'p-1')).toBeUndefined();
    expect(absolutePaperUrl({ site: 'https://x.org', base: '/' }, 'p-1')).toBe('https://x.org/publications/p-1/');
  });

  it('take the site from SITE_URL, then the profile, and never make one up', () => {
    expect(configuredSite({ site: 'https://a.org' }, { SITE_URL: 'https://b.org' })).toBe('https://b.org');
    expect(configuredSite({ site: 'https://a.org' }, {})).toBe('https://a.org');
    expect(configuredSite({}, { SITE_URL: '' })).toBeUndefined();
  });
});

describe('texToText on the shapes titles take', () => {
  it.each([
    ['$\\epsilon$-Greedy Exploration', 'ε-Greedy Exploration'],
    ['Achieving $\\mathcal{O}(\\sqrt{T})$ Regret', 'Achieving O(√T) Regret'],
    ['$O(\\sqrt{T})$', 'O(√T)'],
    ['$\\tilde{O}(d\\sqrt{T})$ bounds', 'Õ(d√T) bounds'],
    ['$\\frac{1}{\\sqrt{n}}$ rates', '1/√n rates'],
    ['$\\|x\\|_2 \\le 1$', '‖x‖₂ ≤ 1'],
    ['$\\sqrt[3]{x+1}$', '√(x+1)'],
    ['$\\left(\\frac{a}{b}\\right)$', '(a/b)'],
    ['$\\hat{\\theta}$', 'θ̂'],
    ['$\\operatorname*{argmax}_x f$', 'argmaxₓ f'],
    ['$\\mathbb{E}[\\hat{X}] \\in [0, 1]$', '𝔼[X̂] ∈ [0, 1]'],
    ['$\\Omega(n^{1/3})$', 'Ω(n^(1/3))'],
    ['Costs \\$5 \\& more', 'Costs $5 & more'],
    ['$\\aleph_0$ and $\\heartsuit$', 'ℵ₀ and ♡'],
  ])('%s → %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  it('leaves no backslash or dollar behind on a title full of math', () => {
    const text = texToText(
      'On $\\mathcal{L}_p$-Norm $\\beta$-Mixing with $\\widetilde{\\Theta}(\\log^2 n)$, $x \\mapsto e^{-x}$ and $\\varnothing$',
    );
    expect(text).not.toMatch(/[\\$]/);
  });
});

describe('splitMath and escaped dollars', () => {
  it('never opens or closes math at an escaped \\$', () => {
    expect(splitMath('pay \\$5 for $x$ or \\$10')).toEqual([
      { kind: 'text', value: 'pay \\$5 for ' },
      { kind: 'math', value: '$x$' },
      { kind: 'text', value: ' or \\$10' },
    ]);
    expect(splitMath('a \\$b$ c').every((segment) => segment.kind === 'text')).toBe(true);
  });
});

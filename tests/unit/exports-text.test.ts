import { describe, expect, it } from 'vitest';
import { splitMath } from '../../src/lib/citations/latex.ts';
import { splitName } from '../../src/lib/citations/names.ts';
import { completeLinks, linkLabel } from '../../src/lib/exports/links.ts';
import { ownerAuthorIndexes } from '../../src/lib/exports/owner-authors.ts';
import { homeUrl, paperUrl } from '../../src/lib/exports/site-urls.ts';
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
    ['$O(n \\log n)$ in $\\mathbb{R}^d$', 'O(n log n) in ℝ^d'],
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
});

/**
 * Publication views for unit tests of pure shaping code, with hostile text where it matters:
 * LaTeX specials, accents, markup and math in titles; many authors; every optional field.
 */
import type { PublicationView } from '../../src/lib/publication-view.ts';

export function makePublication(overrides: Partial<PublicationView> = {}): PublicationView {
  const date = overrides.date === undefined && 'date' in overrides ? undefined : (overrides.date ?? '2024-05-02');
  return {
    slug: 'a-paper',
    title: 'A Paper',
    authors: ['Jane Doe'],
    links: {},
    topics: [],
    sources: ['a.txt'],
    featured: false,
    abstract: '',
    ...overrides,
    date,
    year: overrides.year !== undefined ? overrides.year : date ? Number(date.slice(0, 4)) : null,
  } as PublicationView;
}

export const hostileTitle = 'Ünïcode & <img src=x onerror=alert(1)> at 100% ~ #1_a {b} ^ \\ café';

export const hostilePublication = makePublication({
  slug: 'hostile',
  title: `${hostileTitle} with $\\frac{E}{m}$`,
  authors: ['Jöhn van der Müller', 'Doe, Jane', 'Chloé Dupont', 'Plato'],
  authorsTruncated: true,
  date: '2025-03',
  venue: 'ICML 2025',
  arxiv: '2503.01234',
  category: 'cs.LG',
  doi: '10.1000/a_b.c',
  links: { code: 'https://github.com/example/x', slides: 'https://example.org/slides.pdf' },
  topics: ['federated-learning'],
  abstract:
    'We show $x_1^2 \\leq \\alpha$ costs $5 and 50% & more.\n\nSecond paragraph with <script>alert(1)</script>.',
});

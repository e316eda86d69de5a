import { describe, expect, it } from 'vitest';
import { titleSlug, uniqueSlug } from '../../../scripts/ingest/slugs.ts';

describe('slugs for new papers', () => {
  it.each([
    ['Achieving $\\mathcal{O}(\\sqrt{T})$ Regret', 'achieving-o-t-regret'],
    ['$\\epsilon$-Greedy Exploration', 'epsilon-greedy-exploration'],
    ['On the $\\alpha\\beta$ Pruning of Trees', 'on-the-alpha-beta-pruning-of-trees'],
    ['Déjà Vu: Learning $x^2$ Fast!', 'deja-vu-learning-x2-fast'],
    ['Costs \\$5 \\& More', 'costs-5-more'],
  ])('%s → %s', (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
  });

  it('never takes a slug another paper holds', () => {
    const taken = new Set(['epsilon-greedy-exploration', 'epsilon-greedy-exploration-2024']);
    expect(uniqueSlug('$\\epsilon$-Greedy Exploration', '2024', taken)).toBe('epsilon-greedy-exploration-2024-2');
  });
});

/** What the pages say about citation counts, and the most-cited order. */
import { describe, expect, it } from 'vitest';
import { citationProvenance, citedByLabel, compareMostCited, hasCitationCounts, isCitationFigure, showsCitations } from '../../../src/lib/citations.ts';
import { makePublication } from './publication-factory.ts';

describe('citation counts on pages', () => {
  it('says “Cited by N” with thousands separated, and nothing for no count or zero', () => {
    expect(citedByLabel({ citations: { count: 1968, source: 'Google Scholar' } })).toBe('Cited by 1,968');
    expect(citedByLabel({ citations: { count: 0, source: 'OpenAlex' } })).toBeUndefined();
    expect(citedByLabel({})).toBeUndefined();
  });

  it('names the source, and the day when known', () => {
    expect(citationProvenance({ citations: { count: 3, source: 'OpenAlex', date: '2026-11-20' } })).toBe('OpenAlex, 20 November 2026');
    expect(citationProvenance({ citations: { count: 3, source: 'Semantic Scholar' } })).toBe('Semantic Scholar');
  });

  it('is on unless the owner writes citations: false', () => {
    expect(showsCitations({})).toBe(true);
    expect(showsCitations({ citations: true })).toBe(true);
    expect(showsCitations({ citations: false })).toBe(false);
  });

  it('orders most cited first, uncounted papers last, ties newest first', () => {
    const papers = [
      makePublication({ slug: 'old-uncounted', date: '2019-01' }),
      makePublication({ slug: 'few', date: '2020-01', citations: { count: 3, source: 'S' } }),
      makePublication({ slug: 'many', date: '2018-01', citations: { count: 90, source: 'S' } }),
      makePublication({ slug: 'few-newer', date: '2024-01', citations: { count: 3, source: 'S' } }),
      makePublication({ slug: 'new-uncounted', date: '2025-01' }),
    ];
    expect(papers.sort(compareMostCited).map((paper) => paper.slug)).toEqual(['many', 'few-newer', 'few', 'new-uncounted', 'old-uncounted']);
    expect(hasCitationCounts(papers)).toBe(true);
    expect(hasCitationCounts([makePublication({ slug: 'a', citations: { count: 0, source: 'S' } })])).toBe(false);
  });

  it('knows which of the owner’s figures are about citations', () => {
    expect(['citations', 'h-index', 'H index', 'i10-index', 'Cited by'].every(isCitationFigure)).toBe(true);
    expect(['papers', 'Novelty', 'followers'].some(isCitationFigure)).toBe(false);
  });
});

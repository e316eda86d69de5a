/** The order of precedence for conflicting fields, as documented in resolve/precedence.ts. */
import { describe, expect, it } from 'vitest';
import type { DateClaim } from '../../../../scripts/ingest/model.ts';
import {
  bestDate,
  byAbstractAuthority,
  byAuthority,
  byAuthorListQuality,
  byVenueAuthority,
} from '../../../../scripts/ingest/resolve/precedence.ts';
import { record } from '../helpers.ts';

const claim = (value: string, kind: DateClaim['kind']): DateClaim => ({ value, kind });

describe('bestDate', () => {
  it('prefers a Created: date to an aggregator’s, when they disagree', () => {
    // "Incentivized Communication for Federated Bandits": Created 2023-09-20, profile "Sep 21, 2023".
    expect(
      bestDate([claim('2023-09-21', 'aggregator'), claim('2023-09-20', 'created'), claim('2023-09', 'arxiv-id')]),
    ).toBe('2023-09-20');
  });

  it('refines the month an arXiv id encodes with an aggregator day in that month', () => {
    // TruthRL: arXiv 2509.25760, profile "Sep 30, 2025".
    expect(bestDate([claim('2025-09', 'arxiv-id'), claim('2025-09-30', 'aggregator')])).toBe('2025-09-30');
  });

  it('ignores an aggregator day outside the month the arXiv id encodes', () => {
    // PersonaAgent: arXiv 2506.06254, profile "May 27" (year-less, read as 2026).
    expect(bestDate([claim('2025-06', 'arxiv-id'), claim('2026-05-27', 'aggregator')])).toBe('2025-06');
    expect(bestDate([claim('2024-02', 'arxiv-id'), claim('2024-03-01', 'aggregator')])).toBe('2024-02');
  });

  it('ranks a published date over the id month, and the id month over BibTeX and aggregators', () => {
    expect(bestDate([claim('2024-06', 'arxiv-id'), claim('2024-06-19', 'published')])).toBe('2024-06-19');
    expect(bestDate([claim('2023', 'bibliography'), claim('2024-01', 'arxiv-id')])).toBe('2024-01');
    expect(bestDate([claim('2022-05-01', 'aggregator'), claim('2023', 'bibliography')])).toBe('2023');
  });

  it('lets a BibTeX year be refined by an aggregator day in that year', () => {
    expect(bestDate([claim('2023', 'bibliography'), claim('2023-06-05', 'aggregator')])).toBe('2023-06-05');
  });

  it('has no date without claims, and the same answer whatever the order of claims', () => {
    expect(bestDate([])).toBeUndefined();
    const claims = [claim('2025-10', 'arxiv-id'), claim('2025-10-08', 'aggregator'), claim('2025', 'bibliography')];
    expect(bestDate(claims)).toBe('2025-10-08');
    expect(bestDate([...claims].reverse())).toBe('2025-10-08');
  });
});

describe('record orders', () => {
  const registry = record({ authority: 'registry', source: 'z.xml' });
  const bibliography = record({ authority: 'bibliography', source: 'y.bib' });
  const listing = record({ authority: 'listing', source: 'x.txt', arxiv: '2401.00001' });
  const abstractOnly = record({ authority: 'listing', source: 'a.txt' });
  const aggregator = record({ authority: 'aggregator', source: 'b.txt' });
  const trending = record({ authority: 'trending', source: 'a.txt' });
  const sorted = (
    order: (a: typeof registry, b: typeof registry) => number,
    records = [trending, aggregator, abstractOnly, listing, bibliography, registry],
  ) => [...records].sort(order);

  it('ranks by authority for titles: registry, BibTeX, listing, aggregator, trending', () => {
    expect(sorted(byAuthority).map((entry) => entry.authority)).toEqual([
      'registry',
      'bibliography',
      'listing',
      'listing',
      'aggregator',
      'trending',
    ]);
  });

  it('ranks arXiv’s own copies of an abstract before BibTeX, and listings with an id before those without', () => {
    expect(sorted(byAbstractAuthority)).toEqual([registry, listing, abstractOnly, bibliography, aggregator, trending]);
  });

  it('ranks listing comments before BibTeX for venues', () => {
    expect(sorted(byVenueAuthority, [bibliography, listing, registry])).toEqual([registry, listing, bibliography]);
  });

  it('breaks ties by document name, then line', () => {
    const early = record({ source: 'a.txt', line: 9 });
    const later = record({ source: 'a.txt', line: 12 });
    const other = record({ source: 'b.txt', line: 1 });
    expect([other, later, early].sort(byAuthority)).toEqual([early, later, other]);
  });

  it('prefers a complete author list to a truncated one from a more trusted document', () => {
    const truncated = record({ authority: 'registry', authors: ['A', 'B', 'C'], authorsTruncated: true });
    const complete = record({ authority: 'aggregator', authors: ['A', 'B'] });
    expect([truncated, complete].sort(byAuthorListQuality)).toEqual([complete, truncated]);
  });
});

/** Which citation count a publication keeps, and which figures the owner header shows. */
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../scripts/ingest/resolve/merge.ts';
import { freshestFigures } from '../../../src/lib/freshest-figures.ts';
import { record } from '../ingest/helpers.ts';

describe('citation counts when sources disagree', () => {
  it('keeps the freshest count, whatever the source’s authority', () => {
    const merged = mergeRecords([
      record({ source: 'orcid.json', authority: 'bibliography', citations: { count: 40, source: 'OpenAlex', date: '2026-01-10' } }),
      record({ source: 'gs_data.json', authority: 'aggregator', citations: { count: 52, source: 'Google Scholar', date: '2026-11-02' } }),
    ]);
    expect(merged.citations).toEqual({ count: 52, source: 'Google Scholar', date: '2026-11-02' });
  });

  it('keeps the larger count of two taken the same day, and a dated count over an undated one', () => {
    expect(
      mergeRecords([
        record({ citations: { count: 9, source: 'OpenAlex', date: '2026-11-02' } }),
        record({ citations: { count: 11, source: 'Google Scholar', date: '2026-11-02' } }),
        record({ citations: { count: 30, source: 'Semantic Scholar' } }),
      ]).citations,
    ).toEqual({ count: 11, source: 'Google Scholar', date: '2026-11-02' });
  });

  it('takes volume, issue and pages from the most trusted source that gives them', () => {
    const merged = mergeRecords([
      record({ source: 'gs.json', authority: 'aggregator', venue: 'Journal of Computing in Civil …', volume: '3' }),
      record({ source: 'orcid.json', authority: 'bibliography', venue: 'Journal of Computing in Civil Engineering', volume: '36', issue: '2' }),
    ]);
    expect([merged.venue, merged.volume, merged.issue]).toEqual(['Journal of Computing in Civil Engineering', '36', '2']);
  });
});

describe('the owner’s figures', () => {
  it('shows each figure from the document that took it last, and keeps figures only one gives', () => {
    const stats = [
      { label: 'citations', value: '1,749', source: 'profile.txt' },
      { label: 'h-index', value: '12', source: 'profile.txt' },
      { label: 'papers', value: '30', source: 'profile.txt' },
      { label: 'citations', value: '1,980', source: 'gs_data.json', date: '2026-11-02' },
      { label: 'h-index', value: '14', source: 'gs_data.json', date: '2026-11-02' },
      { label: 'citations', value: '1,900', source: 'old-gs.json', date: '2026-03-01' },
    ];
    expect(freshestFigures(stats)).toEqual([
      { label: 'papers', value: '30', source: 'profile.txt' },
      { label: 'citations', value: '1,980', source: 'gs_data.json', date: '2026-11-02' },
      { label: 'h-index', value: '14', source: 'gs_data.json', date: '2026-11-02' },
    ]);
  });
});

/** One publication from the records that describe it: each field from the most trusted record. */
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../../scripts/ingest/resolve/merge.ts';
import { record } from '../helpers.ts';

describe('mergeRecords', () => {
  const listing = record({
    source: '000.txt',
    line: 36,
    authority: 'listing',
    arxiv: '2406.13629',
    abstract: 'The listing’s abstract.',
    date: { value: '2024-06-19', kind: 'created' },
    venue: 'ICLR 2025',
    links: { code: 'https://github.com/weizhepei/InstructRAG' },
  });
  const list = record({ source: '002.txt', line: 7, authority: 'listing', abstract: 'The Abstract: list’s abstract.' });
  const profile = record({
    source: '004.txt',
    line: 117,
    authority: 'aggregator',
    title: 'InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales',
    authors: ['Zhepei Wei', 'Wei-Lin Chen', 'Yu Meng'],
    authorsTruncated: false,
    abstract: 'The profile’s abstract.',
    date: { value: '2024-06-19', kind: 'aggregator' },
    category: 'CL',
    links: { code: 'https://github.com/other/fork' },
  });
  const bib = record({
    source: 'refs.bib',
    line: 3,
    authority: 'bibliography',
    title: 'InstructRAG: instructing retrieval-augmented generation',
    authors: ['Zhepei Wei', 'Wei-Lin Chen'],
    authorsTruncated: true,
    abstract: 'The bibliography’s abstract.',
    venue: 'Proceedings of ICLR 2025',
    date: { value: '2025', kind: 'bibliography' },
    links: { project: 'https://example.org/instructrag' },
  });
  const trending = record({
    source: '003.txt',
    line: 13,
    authority: 'trending',
    title: 'InstructRAG (trending)',
    abstract: 'The trending abstract.',
  });

  it('takes each field from the most trusted record that has it, and records every source', () => {
    const merged = mergeRecords([trending, profile, list, bib, listing]);
    expect(merged).toEqual({
      title: bib.title,
      authors: profile.authors,
      authorsTruncated: false,
      abstract: listing.abstract,
      date: '2024-06-19',
      venue: 'ICLR 2025',
      arxiv: '2406.13629',
      category: 'CL',
      links: {
        arxiv: 'https://arxiv.org/abs/2406.13629',
        code: 'https://github.com/weizhepei/InstructRAG',
        pdf: 'https://arxiv.org/pdf/2406.13629',
        project: 'https://example.org/instructrag',
      },
      sources: ['000.txt', '002.txt', '003.txt', '004.txt', 'refs.bib'],
      // One BibTeX entry without a DOI is the ICLR paper the listing's comment names, not another version.
      versions: [],
      records: [trending, profile, list, bib, listing],
    });
  });

  it('falls back along the order when trusted records lack a field', () => {
    const merged = mergeRecords([trending, list]);
    expect(merged.title).toBe('InstructRAG (trending)');
    expect(merged.abstract).toBe('The Abstract: list’s abstract.');
    expect(merged.authors).toEqual([]);
    expect(merged.authorsTruncated).toBe(false);
    expect(merged.date).toBeUndefined();
    expect(merged.links).toEqual({});
  });

  it('keeps a truncated list only when no complete one exists, and says so', () => {
    const merged = mergeRecords([bib, trending]);
    expect(merged.authors).toEqual(['Zhepei Wei', 'Wei-Lin Chen']);
    expect(merged.authorsTruncated).toBe(true);
  });

  it('takes the venue from BibTeX when no comment names one', () => {
    expect(mergeRecords([profile, bib, list]).venue).toBe('Proceedings of ICLR 2025');
  });

  it('dates a paper by its id month refined by an agreeing day, and links its DOI', () => {
    const merged = mergeRecords([
      record({ authority: 'listing', arxiv: '2510.06652' }),
      record({ authority: 'aggregator', source: 'p.txt', date: { value: '2025-10-08', kind: 'aggregator' } }),
      record({ authority: 'bibliography', source: 'r.bib', doi: '10.1000/xyz' }),
    ]);
    expect(merged.date).toBe('2025-10-08');
    expect(merged.links['doi']).toBe('https://doi.org/10.1000/xyz');
    expect(Object.keys(merged.links)).toEqual(['arxiv', 'doi', 'pdf']);
  });

  it('gives the same publication whatever the order of its records', () => {
    const records = [trending, profile, list, bib, listing];
    const withoutRecords = (merged: ReturnType<typeof mergeRecords>) => ({ ...merged, records: [] });
    expect(withoutRecords(mergeRecords([...records].reverse()))).toEqual(withoutRecords(mergeRecords(records)));
  });
});

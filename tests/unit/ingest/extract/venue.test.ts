/** Venues from arXiv comment lines: the venue clause, never page counts, code links or "Preprint". */
import { describe, expect, it } from 'vitest';
import { venueFromComment } from '../../../../scripts/ingest/extract/venue.ts';

describe('venueFromComment', () => {
  const venues: [comment: string, venue: string][] = [
    ['ICML 2025. Code: https://github.com/weizhepei/AdaDecode', 'ICML 2025'],
    ['20 pages, 2 figures. Accepted at ICLR 2024', 'ICLR 2024'],
    ['Comments: Accepted to NeurIPS 2023', 'NeurIPS 2023'],
    ['Comments: 12 pages. To appear in Findings of EMNLP 2023', 'Findings of EMNLP 2023'],
    ['9 pages; published in TMLR 2024', 'TMLR 2024'],
    ['Accepted as a poster at ICLR 2025', 'ICLR 2025'],
    ['Findings of EMNLP 2023', 'Findings of EMNLP 2023'],
    ['Interspeech 2024, 5 pages', 'Interspeech 2024'],
    ['Camera-ready version for AAAI 2024', 'AAAI 2024'],
    ['Oral presentation at ICML 2024. Code: https://github.com/x/y', 'ICML 2024'],
  ];
  it.each(venues)('reads “%s” as %s', (comment, venue) => {
    expect(venueFromComment(comment)).toBe(venue);
  });

  const none = [
    'Preprint',
    'Preprint. 31 pages',
    '25 pages, 4 figures',
    '6 pages, 2 tables, 1 figure',
    'Comments: 12 pages, 6 figures',
    'Code: https://github.com/weizhepei/InstructRAG',
    'Work in progress',
    'Under review',
    'v2: fixed typos',
  ];
  it.each(none)('finds no venue in “%s”', (comment) => {
    expect(venueFromComment(comment)).toBeUndefined();
  });
});

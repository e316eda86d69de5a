import { describe, expect, it } from 'vitest';
import { batches, incompletePapers } from '../../../scripts/enrich/incomplete-papers.ts';

describe('incompletePapers', () => {
  const paper = (slug: string, data: Record<string, unknown>) => ({ slug, data });

  it('picks papers with an arXiv id and a truncated author list, no type, no venue or a bare category', () => {
    const papers = [
      paper('truncated', { arxiv: '2401.00001', authorsTruncated: true, type: 'preprint' }),
      paper('untyped', { arxiv: '2401.00002', venue: 'ICML 2024' }),
      paper('no-venue', { arxiv: '2401.00003', type: 'conference' }),
      paper('bare-category', { arxiv: '2401.00004', type: 'preprint', category: 'CL' }),
      paper('complete', { arxiv: '2401.00005', type: 'preprint', category: 'cs.CL' }),
      paper('published', { arxiv: '2401.00006', type: 'article', venue: 'Nature', category: 'hep-th' }),
      paper('no-id', { authorsTruncated: true }),
    ];
    expect(incompletePapers(papers, new Set())).toEqual([
      { slug: 'truncated', arxiv: '2401.00001', missing: ['author list ends in et al.'] },
      { slug: 'untyped', arxiv: '2401.00002', missing: ['no type'] },
      { slug: 'no-venue', arxiv: '2401.00003', missing: ['no venue'] },
      { slug: 'bare-category', arxiv: '2401.00004', missing: ['category without its archive'] },
    ]);
  });

  it('leaves out papers whose arXiv record is already among the sources', () => {
    expect(incompletePapers([paper('truncated', { arxiv: '2401.00001', authorsTruncated: true })], new Set(['2401.00001']))).toEqual([]);
  });
});

describe('batches', () => {
  it('splits ids into requests of at most the batch size, in order', () => {
    expect(batches(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(batches([], 50)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { arxivDocumentName, parseArxivReference } from '../../../scripts/add/arxiv-reference.ts';

describe('parseArxivReference', () => {
  const accepted: [string, string][] = [
    ['2406.13629', '2406.13629'],
    ['2406.13629v2', '2406.13629'],
    ['arXiv:2406.13629', '2406.13629'],
    ['arxiv: 2406.13629v3', '2406.13629'],
    ['https://arxiv.org/abs/2406.13629v1', '2406.13629'],
    ['https://arxiv.org/pdf/2406.13629', '2406.13629'],
    ['https://arxiv.org/pdf/2406.13629v2.pdf', '2406.13629'],
    ['http://export.arxiv.org/abs/2406.13629/', '2406.13629'],
    ['arxiv.org/abs/2406.13629', '2406.13629'],
    ['https://arxiv.org/abs/2406.13629?context=cs', '2406.13629'],
    ['0704.0001', '0704.0001'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001'],
    ['  2406.13629  ', '2406.13629'],
  ];
  it.each(accepted)('reads %s as %s', (text, id) => {
    expect(parseArxivReference(text)).toBe(id);
  });

  const refused = [
    '2406.136',
    '2406.13629x',
    'https://example.org/abs/2406.13629',
    'https://arxiv.org/list/cs.CL/recent',
    'javascript:alert(1)',
    'HEP-TH/9901001',
    'papers.bib',
    '',
    '10.1103/PhysRevD.60.044001',
  ];
  it.each(refused)('refuses %j', (text) => {
    expect(parseArxivReference(text)).toBeUndefined();
  });
});

describe('arxivDocumentName', () => {
  it('names the document after the paper, old-style slashes made safe', () => {
    expect(arxivDocumentName(['2406.13629'])).toBe('arxiv-2406.13629.xml');
    expect(arxivDocumentName(['hep-th/9901001'])).toBe('arxiv-hep-th-9901001.xml');
    expect(arxivDocumentName(['2406.13629', '2405.14734', 'hep-th/9901001'])).toBe('arxiv-2406.13629-and-2-more.xml');
  });
});

/** arXiv identifiers: found in text, stored without version, and the month they encode. */
import { describe, expect, it } from 'vitest';
import { arxivAbsUrl, arxivPdfUrl, monthOfArxivId, parseArxivId } from '../../../../scripts/ingest/extract/arxiv-id.ts';

describe('parseArxivId', () => {
  it.each([
    ['arXiv:2405.14734v3', '2405.14734'],
    ['2405.14734', '2405.14734'],
    ['https://arxiv.org/abs/2406.13629v1', '2406.13629'],
    ['see arXiv:2501.00042 for details', '2501.00042'],
    ['1501.0001', '1501.0001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
  ])('reads %s as %s', (text, id) => {
    expect(parseArxivId(text)).toBe(id);
  });

  it.each(['no id here', 'version 2.1', 'ISBN 978-3-16'])('finds no id in “%s”', (text) => {
    expect(parseArxivId(text)).toBeUndefined();
  });
});

describe('monthOfArxivId', () => {
  it.each([
    ['2406.13629', '2024-06'],
    ['0704.0001', '2007-04'],
    ['2111.12776', '2021-11'],
    ['hep-th/9901001', '1999-01'],
    ['math.GT/0309136', '2003-09'],
  ])('dates %s to %s', (id, month) => {
    expect(monthOfArxivId(id)).toBe(month);
  });

  it('gives no month for an impossible one', () => {
    expect(monthOfArxivId('2413.00001')).toBeUndefined();
    expect(monthOfArxivId('2400.00001')).toBeUndefined();
  });
});

describe('arXiv URLs', () => {
  it('links the abstract page and the PDF over https', () => {
    expect(arxivAbsUrl('2406.13629')).toBe('https://arxiv.org/abs/2406.13629');
    expect(arxivPdfUrl('hep-th/9901001')).toBe('https://arxiv.org/pdf/hep-th/9901001');
  });
});

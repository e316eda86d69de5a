/** Reading Google Scholar's one-line citations into venue, volume, issue, pages, year and arXiv id. */
import { describe, expect, it } from 'vitest';
import { parseScholarCitation } from '../../../../scripts/ingest/extract/scholar-citation.ts';

describe('Scholar citation lines', () => {
  it.each([
    ['Automation in Construction 125, 103647, 2021', { venue: 'Automation in Construction', volume: '125', pages: '103647', year: '2021' }],
    ['Physical Review B 91 (4), 045123, 2015', { venue: 'Physical Review B', volume: '91', issue: '4', pages: '045123', year: '2015' }],
    ['Nature Physics 14 (3), 245-250, 2018', { venue: 'Nature Physics', volume: '14', issue: '3', pages: '245-250', year: '2018' }],
    [
      'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition, 11021-11030, 2022',
      { venue: 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition', pages: '11021-11030', year: '2022' },
    ],
    ['Journal of Hydrology 12, 2020', { venue: 'Journal of Hydrology', volume: '12', year: '2020' }],
    ['ICML 2021, 88-97, 2021', { venue: 'ICML 2021', pages: '88-97', year: '2021' }],
    ['Lecture notes, 2019', { venue: 'Lecture notes', year: '2019' }],
    ['2021', { year: '2021' }],
  ])('reads “%s”', (citation, expected) => {
    expect(parseScholarCitation(citation)).toEqual(expected);
  });

  it.each([
    ['arXiv preprint arXiv:2312.08532, 2023', { arxiv: '2312.08532', year: '2023' }],
    ['arXiv e-prints, arXiv: 2101.00417v2, 2021', { arxiv: '2101.00417', year: '2021' }],
    ['CoRR abs/1905.11234, 2019', { arxiv: '1905.11234', year: '2019' }],
  ])('gives the arXiv id of the preprint “%s” and no venue', (citation, expected) => {
    expect(parseScholarCitation(citation)).toEqual(expected);
  });

  it('keeps a citation Scholar cut short exactly as given, reading only its year', () => {
    expect(parseScholarCitation('Journal of Computing in Civil …, 2022')).toEqual({ venue: 'Journal of Computing in Civil …', year: '2022' });
    expect(parseScholarCitation('Proceedings of the 12th International … 3 (2), 45-51, 2019')).toEqual({
      venue: 'Proceedings of the 12th International … 3 (2), 45-51',
      year: '2019',
    });
  });

  it('keeps a patent number whole', () => {
    expect(parseScholarCitation('US Patent 10,123,456, 2019')).toEqual({ venue: 'US Patent 10,123,456', year: '2019' });
  });
});

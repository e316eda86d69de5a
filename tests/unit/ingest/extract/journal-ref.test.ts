import { describe, expect, it } from 'vitest';
import { parseJournalRef } from '../../../../scripts/ingest/extract/journal-ref.ts';

describe('parseJournalRef', () => {
  it.each([
    ['Phys. Rev. Lett. 123, 041101 (2019)', { journal: 'Phys. Rev. Lett.', volume: '123', pages: '041101', year: '2019' }],
    ['J. Mach. Learn. Res. 21(140):1-67, 2020', { journal: 'J. Mach. Learn. Res.', volume: '21', issue: '140', pages: '1–67', year: '2020' }],
    ['Annals of Statistics, Vol. 48, No. 3, pp. 1234-1260, 2020', { journal: 'Annals of Statistics', volume: '48', issue: '3', pages: '1234–1260', year: '2020' }],
    ['Proceedings of the 40th International Conference on Machine Learning, PMLR 202:1234-1250, 2023', { journal: 'Proceedings of the 40th International Conference on Machine Learning, PMLR', volume: '202', pages: '1234–1250', year: '2023' }],
    ['JHEP 05 (2021) 123', { journal: 'JHEP', volume: '05', pages: '123', year: '2021' }],
    ['Phys.Rev. D60 (1999) 044001', { journal: 'Phys.Rev. D', volume: '60', pages: '044001', year: '1999' }],
    ['Astron. Astrophys. 641, A6 (2020)', { journal: 'Astron. Astrophys.', volume: '641', pages: 'A6', year: '2020' }],
    ['Published in Transactions on Machine Learning Research (2023)', { journal: 'Transactions on Machine Learning Research', year: '2023' }],
    ['Some Workshop on Kelp', { journal: 'Some Workshop on Kelp' }],
  ])('%s', (reference, parts) => {
    expect(parseJournalRef(reference)).toEqual(parts);
  });
});

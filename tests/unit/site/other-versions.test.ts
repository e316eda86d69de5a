/** "Also published as …" on a paper page: every version but the one the page shows. */
import { describe, expect, it } from 'vitest';
import { otherVersions } from '../../../src/lib/other-versions.ts';

describe('otherVersions', () => {
  it('lists the versions after the first, as venue and year with their links', () => {
    expect(
      otherVersions({
        versions: [
          { type: 'article', venue: 'Physical Review Letters', date: '2023', doi: '10.5555/prl.1' },
          { type: 'conference', venue: 'SCES 2022', date: '2022', doi: '10.5555/sces.2' },
          { type: 'preprint', venue: 'arXiv', date: '2022-08-03', arxiv: '2208.01937' },
        ],
      }),
    ).toEqual([
      { label: 'SCES 2022', url: 'https://doi.org/10.5555/sces.2' },
      { label: 'arXiv, 2022', url: 'https://arxiv.org/abs/2208.01937' },
    ]);
  });

  it('names a version without a venue by its type, and links only http(s) URLs', () => {
    expect(otherVersions({ versions: [{ type: 'article' }, { type: 'preprint', date: '2021' }, { type: 'report' }] })).toEqual([
      { label: 'Preprint, 2021' },
      { label: 'Report' },
    ]);
  });

  it('gives nothing for a work with one version or none', () => {
    expect(otherVersions({ versions: [{ type: 'article', venue: 'Coral Reefs' }] })).toEqual([]);
    expect(otherVersions({})).toEqual([]);
  });
});

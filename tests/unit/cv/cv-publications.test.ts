import { describe, expect, it } from 'vitest';
import { cvKind, groupCvPublications } from '../../../src/lib/cv/cv-publications.ts';
import { compareNewestFirst } from '../../../src/lib/publication-view.ts';
import { makePublication } from '../../helpers/publication-fixtures.ts';

const papers = [
  makePublication({ slug: 'journal-2023', type: 'article', venue: 'Journal of Soil Science', date: '2023-02' }),
  makePublication({ slug: 'talk-paper-2024', type: 'conference', venue: 'Proceedings of SoilCon', date: '2024-06' }),
  makePublication({ slug: 'untyped-conference', venue: 'ICML 2022', date: '2022-07' }),
  makePublication({ slug: 'untyped-journal', venue: 'Geoderma', date: '2024-01' }),
  makePublication({ slug: 'untyped-preprint', arxiv: '2503.01234', date: '2025-03' }),
  makePublication({ slug: 'undated-thesis', type: 'thesis', date: undefined }),
  makePublication({ slug: 'journal-2024', type: 'article', venue: 'Soil Biology', date: '2024-09' }),
].sort(compareNewestFirst);

describe('groupCvPublications', () => {
  it('groups by kind in CV order, then by year newest first', () => {
    const groups = groupCvPublications(papers);
    expect(
      groups.map((group) => ({
        heading: group.heading,
        count: group.count,
        years: group.years.map((year) => [year.year, year.publications.map((paper) => paper.slug)]),
      })),
    ).toEqual([
      {
        heading: 'Journal articles',
        count: 2,
        years: [
          [2024, ['journal-2024']],
          [2023, ['journal-2023']],
        ],
      },
      { heading: 'Conference papers', count: 1, years: [[2024, ['talk-paper-2024']]] },
      { heading: 'Theses', count: 1, years: [[null, ['undated-thesis']]] },
      { heading: 'Preprints', count: 1, years: [[2025, ['untyped-preprint']]] },
      // A venue's name says nothing of the kind of work: untyped papers with one are "other".
      {
        heading: 'Other publications',
        count: 2,
        years: [
          [2024, ['untyped-journal']],
          [2022, ['untyped-conference']],
        ],
      },
    ]);
  });

  it('lists every publication it is given exactly once', () => {
    const listed = groupCvPublications(papers).flatMap((group) =>
      group.years.flatMap((year) => year.publications.map((paper) => paper.slug)),
    );
    expect(listed.sort()).toEqual(papers.map((paper) => paper.slug).sort());
  });

  it("places an untyped paper as the exports do, never by its venue's words, and trusts a source's type", () => {
    expect(cvKind(makePublication({ venue: 'Findings of ACL 2024' }))).toBe('other');
    expect(cvKind(makePublication({ arxiv: '2501.00001' }))).toBe('preprint');
    expect(cvKind(makePublication({}))).toBe('other');
    expect(cvKind(makePublication({ venue: 'NeurIPS 2024', type: 'chapter' }))).toBe('chapter');
  });
});

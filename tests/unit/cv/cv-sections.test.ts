import { describe, expect, it } from 'vitest';
import { cvSections } from '../../../src/lib/cv/cv-sections.ts';
import { cvDateRange } from '../../../src/lib/cv/date-range.ts';

describe('cvSections', () => {
  it('shows only the sections the file has, positions to grants before the publications and the rest after', () => {
    const { before, after } = cvSections({
      basics: { name: 'Tomás Iriarte' },
      talks: [{ title: 'Glaciers in motion', event: 'Andean Geoscience Meeting', date: '2024-11' }],
      education: [
        {
          institution: 'Universidad de Chile',
          studyType: 'PhD',
          area: 'Glaciology',
          startDate: '2016',
          endDate: '2021',
        },
      ],
      volunteer: [{ organization: 'Journal of Glaciology', position: 'Reviewer', startDate: '2022' }],
      grants: [
        {
          title: 'Ice-flow modelling',
          funder: 'A national science fund',
          amount: '€120,000',
          startDate: '2023',
          endDate: '2026',
        },
      ],
      work: [],
    });
    expect(before.map((section) => section.heading)).toEqual(['Education', 'Grants and funding']);
    expect(after.map((section) => section.heading)).toEqual(['Talks', 'Service']);
    expect(before[0]?.entries).toEqual([
      {
        title: 'PhD, Glaciology',
        detail: 'Universidad de Chile',
        when: '2016\u2009–\u20092021',
        url: undefined,
        items: undefined,
      },
    ]);
    expect(before[1]?.entries[0]).toMatchObject({
      detail: 'A national science fund, €120,000',
      when: '2023\u2009–\u20092026',
    });
    expect(after[0]?.entries[0]).toMatchObject({
      title: 'Glaciers in motion',
      detail: 'Andean Geoscience Meeting',
      when: 'Nov 2024',
    });
    expect(after[1]?.entries[0]).toMatchObject({ title: 'Reviewer', detail: 'Journal of Glaciology', when: '2022' });
  });

  it('links only http(s) addresses', () => {
    const { after } = cvSections({
      talks: [
        { title: 'Safe', url: 'https://talks.example.org/1' },
        { title: 'Unsafe', url: 'javascript:alert(1)' },
      ],
    });
    expect(after[0]?.entries.map((entry) => entry.url)).toEqual(['https://talks.example.org/1', undefined]);
  });
});

describe('cvDateRange', () => {
  it('writes ranges, ongoing ones, and single dates', () => {
    expect(cvDateRange('2019-09', '2023-06')).toBe('Sep 2019\u2009–\u2009Jun 2023');
    expect(cvDateRange('2021-03-15')).toBe('Mar 2021\u2009–\u2009present');
    expect(cvDateRange('2021', undefined, false)).toBe('2021');
    expect(cvDateRange('2020-01', '2020-01-31')).toBe('Jan 2020');
    expect(cvDateRange()).toBeUndefined();
  });
});

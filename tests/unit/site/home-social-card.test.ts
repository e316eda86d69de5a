import { describe, expect, it } from 'vitest';
import { homeSocialCard, socialCardMarkup } from '../../../src/lib/social-card.ts';

describe('homeSocialCard', () => {
  it('shows the owner, their headline and affiliation, the publication count and the leading topics', () => {
    expect(
      homeSocialCard({
        ownerName: 'Mirela Kovač',
        headline: 'Postdoc in seismology',
        affiliation: 'An Institute of Geophysics',
        publicationCount: 23,
        topTopics: ['Earthquake early warning', 'Fault mechanics', 'Machine learning', 'Tsunami models'],
      }),
    ).toEqual({
      title: 'Mirela Kovač',
      authors: 'Postdoc in seismology · An Institute of Geophysics',
      meta: '23 publications',
      siteName: 'Earthquake early warning · Fault mechanics · Machine learning',
    });
  });

  it('still reads when the site knows no name, headline or topics', () => {
    const card = homeSocialCard({ ownerName: null, publicationCount: 1, topTopics: [] });
    expect(card).toEqual({ title: 'Publications', authors: '', meta: '1 publication', siteName: 'Research' });
    expect(socialCardMarkup(card)).toContain('RESEARCH');
  });
});

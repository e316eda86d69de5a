import { describe, expect, it } from 'vitest';
import { profilePage, scholarlyArticle, serializeJsonLd } from '../../../src/lib/json-ld.ts';
import { isJournalVenue, scholarMetaTags } from '../../../src/lib/scholar-meta.ts';
import { escapeXml, socialCardMarkup, wrapText } from '../../../src/lib/social-card.ts';
import { makePublication } from './publication-factory.ts';

const paper = makePublication({
  slug: 'p',
  title: 'A </script><script>alert(1)</script> Title',
  authors: ['Ada Lovelace', 'Alan Turing'],
  date: '2024-03-05',
  venue: 'ICML 2024',
  arxiv: '2403.01234',
  doi: '10.1000/xyz',
  abstract: 'Abstract & more.',
});

describe('scholarMetaTags', () => {
  it('writes one citation_author per author, the date, venue, PDF and arXiv id', () => {
    const tags = scholarMetaTags(paper);
    const values = (name: string) => tags.filter((tag) => tag.name === name).map((tag) => tag.content);
    expect(values('citation_title')).toEqual([paper.title]);
    expect(values('citation_author')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(values('citation_publication_date')).toEqual(['2024/03/05']);
    expect(values('citation_conference_title')).toEqual(['ICML 2024']);
    expect(values('citation_pdf_url')).toEqual(['https://arxiv.org/pdf/2403.01234']);
    expect(values('citation_arxiv_id')).toEqual(['2403.01234']);
  });

  it('tells journals from conferences', () => {
    expect(isJournalVenue('Journal of Machine Learning Research')).toBe(true);
    expect(isJournalVenue('IEEE Transactions on Knowledge and Data Engineering')).toBe(true);
    expect(isJournalVenue('NeurIPS 2023')).toBe(false);
    const journalPaper = makePublication({ slug: 'j', venue: 'TMLR' });
    expect(scholarMetaTags(journalPaper).some((tag) => tag.name === 'citation_journal_title')).toBe(true);
  });
});

describe('JSON-LD', () => {
  const data = scholarlyArticle(paper, {
    url: 'https://e.org/p/',
    image: 'https://e.org/p/social.png',
    topicLabels: ['RL'],
  });

  it('describes a ScholarlyArticle', () => {
    expect(data).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: paper.title,
      datePublished: '2024-03-05',
      author: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
      keywords: 'RL',
    });
  });

  it('cannot close its script element, and parses back to the same data', () => {
    const serialised = serializeJsonLd(data);
    expect(serialised).not.toMatch(/<\/?script/i);
    expect(serialised).not.toContain('<');
    expect(JSON.parse(serialised)).toEqual(data);
  });
});

describe('profile JSON-LD', () => {
  it('describes the owner as a Person on a ProfilePage', () => {
    const data = profilePage({
      url: 'https://e.org/',
      name: 'Jane Doe',
      affiliation: 'Uni',
      links: ['https://scholar.example.org/j'],
    });
    expect(data).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        name: 'Jane Doe',
        affiliation: { name: 'Uni' },
        sameAs: ['https://scholar.example.org/j'],
      },
    });
    expect(data['mainEntity']).not.toHaveProperty('email');
  });
});

describe('social card', () => {
  it('wraps long titles into at most the given lines, with an ellipsis', () => {
    const lines = wrapText('word '.repeat(60), 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines[2]?.endsWith('…')).toBe(true);
  });

  it('escapes document text into the card markup', () => {
    expect(escapeXml(`<a & "b">`)).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    const markup = socialCardMarkup({
      title: '<script>x</script> $\\frac{a}{b}$',
      authors: 'A & B',
      meta: 'ICML',
      siteName: 'Site',
    });
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;x&lt;/script&gt; ab');
    expect(markup).toContain('>A &amp; B</span>');
  });
});

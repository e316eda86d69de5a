import { describe, expect, it } from 'vitest';
import { profilePage, scholarlyArticle, serializeJsonLd } from '../../../src/lib/json-ld.ts';
import { scholarMetaTags } from '../../../src/lib/scholar-meta.ts';
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
  const values = (tags: { name: string; content: string }[], name: string) =>
    tags.filter((tag) => tag.name === name).map((tag) => tag.content);

  it('writes one citation_author per author as "Family, Given", the date, venue, PDF and arXiv id', () => {
    const tags = scholarMetaTags({ ...paper, type: 'conference', authors: [...paper.authors, 'Jo van der Berg Jr.'] });
    expect(values(tags, 'citation_title')).toEqual([paper.title]);
    expect(values(tags, 'citation_author')).toEqual(['Lovelace, Ada', 'Turing, Alan', 'van der Berg Jr., Jo']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2024/03/05']);
    expect(values(tags, 'citation_conference_title')).toEqual(['ICML 2024']);
    expect(values(tags, 'citation_pdf_url')).toEqual(['https://arxiv.org/pdf/2403.01234']);
    expect(values(tags, 'citation_arxiv_id')).toEqual(['2403.01234']);
  });

  it("takes journal or conference from the type, not from the venue's words", () => {
    const journal = scholarMetaTags({ ...paper, type: 'article', venue: 'Proceedings of the Invented Society' });
    expect(values(journal, 'citation_journal_title')).toEqual(['Proceedings of the Invented Society']);
    expect(values(journal, 'citation_conference_title')).toEqual([]);
    const conference = scholarMetaTags({ ...paper, type: 'conference', venue: 'Journal Club Workshop' });
    expect(values(conference, 'citation_conference_title')).toEqual(['Journal Club Workshop']);
    const untyped = scholarMetaTags({ ...paper, venue: 'Journal of X' });
    expect(untyped.some((tag) => /journal_title|conference_title/.test(tag.name))).toBe(false);
  });

  it("writes volume, issue and first and last page, and a thesis's institution", () => {
    const tags = scholarMetaTags({ ...paper, type: 'article', volume: '12', issue: '3', pages: '101–115' });
    expect([values(tags, 'citation_volume'), values(tags, 'citation_issue')]).toEqual([['12'], ['3']]);
    expect([values(tags, 'citation_firstpage'), values(tags, 'citation_lastpage')]).toEqual([['101'], ['115']]);
    const thesis = scholarMetaTags({ ...paper, type: 'thesis', institution: 'Invented University' });
    expect(values(thesis, 'citation_dissertation_institution')).toEqual(['Invented University']);
  });

  it('writes readable text for a title with math, and the year alone for a month date', () => {
    const tags = scholarMetaTags({ ...paper, title: 'Achieving $\\mathcal{O}(\\sqrt{T})$ Regret', date: '2024-05' });
    expect(values(tags, 'citation_title')).toEqual(['Achieving O(√T) Regret']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2024']);
  });

  it('writes nothing for a derived title or a truncated author list', () => {
    expect(scholarMetaTags({ ...paper, titleDerived: true })).toEqual([]);
    expect(scholarMetaTags({ ...paper, authorsTruncated: true })).toEqual([]);
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

  it('carries readable text, not TeX', () => {
    const math = scholarlyArticle(
      { ...paper, title: '$\\epsilon$-Optimal Play', abstract: 'Within $O(\\sqrt{T})$.', venue: 'J. $\\pi$' },
      { url: 'https://e.org/p/', image: 'https://e.org/p/social.png', topicLabels: [] },
    );
    expect(math).toMatchObject({ headline: 'ε-Optimal Play', name: 'ε-Optimal Play', abstract: 'Within O(√T).' });
    expect(math['isPartOf']).toEqual({ '@type': 'CreativeWork', name: 'J. π' });
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

  it('shows math as readable text, keeping √ and ε', () => {
    const markup = socialCardMarkup({
      title: '$\\mathcal{O}(\\sqrt{T})$ Regret, $\\epsilon$-Nets',
      authors: 'A',
      meta: 'M',
      siteName: 'S',
    });
    expect(markup).toContain('O(√T) Regret, ε-Nets');
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
    expect(markup).toContain('&lt;script&gt;x&lt;/script&gt; a/b');
    expect(markup).toContain('>A &amp; B</span>');
  });
});

import { describe, expect, it } from 'vitest';
import { abstractParagraphs } from '../../../src/lib/abstract-math.ts';
import { documentTitle } from '../../../src/lib/document-title.ts';
import { formatDate, scholarDate } from '../../../src/lib/format-date.ts';
import { paginate, yearLinks } from '../../../src/lib/paginate.ts';
import { publicationLinks } from '../../../src/lib/publication-links.ts';
import { relatedPapers } from '../../../src/lib/related-papers.ts';
import { siteDescription } from '../../../src/lib/site-description.ts';
import { absoluteUrl, sitePaths, withBase } from '../../../src/lib/site-paths.ts';
import { statsBySource } from '../../../src/lib/stats-by-source.ts';
import { truncateText } from '../../../src/lib/truncate-text.ts';
import { venueLine } from '../../../src/lib/venue-line.ts';
import { makePublication } from './publication-factory.ts';

describe('relatedPapers', () => {
  const papers = [
    makePublication({ slug: 'a', topics: ['x', 'y'] }),
    makePublication({ slug: 'b', topics: ['x'] }),
    makePublication({ slug: 'c', topics: ['x', 'y'] }),
    makePublication({ slug: 'd', topics: ['z'] }),
  ];

  it('lists papers sharing a topic, most shared topics first, never the paper itself', () => {
    expect(relatedPapers(papers[0]!, papers).map((paper) => paper.slug)).toEqual(['c', 'b']);
  });

  it('finds none for a paper without topics', () => {
    expect(relatedPapers(makePublication({ slug: 'e' }), papers)).toEqual([]);
  });

  it('honours the limit', () => {
    expect(relatedPapers(papers[1]!, papers, 1).map((paper) => paper.slug)).toEqual(['a']);
  });
});

describe('paginate and yearLinks', () => {
  const items = [2025, 2025, 2024, 2024, 2024, 2022, null].map((year, index) => ({ id: index, year }));

  it('cuts the list into pages of pageSize, the home page first', () => {
    const pages = paginate(items, 3);
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
  });

  it('always has a first page, even when empty', () => {
    expect(paginate([], 200)).toEqual([{ number: 1, items: [] }]);
  });

  it('links each year to the page where it starts', () => {
    expect(yearLinks(paginate(items, 3))).toEqual([
      { year: 2025, page: 1, count: 2 },
      { year: 2024, page: 1, count: 3 },
      { year: 2022, page: 2, count: 1 },
      { year: null, page: 3, count: 1 },
    ]);
  });
});

describe('publicationLinks', () => {
  it('orders known links and completes them from the arXiv id and DOI', () => {
    const links = publicationLinks({
      links: { code: 'https://github.com/x/y', slides: 'https://example.org/s.pdf' },
      arxiv: '2401.01234',
      doi: '10.1/abc',
    });
    expect(links.map((link) => [link.label, link.url])).toEqual([
      ['arXiv', 'https://arxiv.org/abs/2401.01234'],
      ['PDF', 'https://arxiv.org/pdf/2401.01234'],
      ['Code', 'https://github.com/x/y'],
      ['DOI', 'https://doi.org/10.1/abc'],
      ['Slides', 'https://example.org/s.pdf'],
    ]);
  });

  it('never passes on a non-http link', () => {
    // The schema already rejects these; this is the second line of defence.
    expect(publicationLinks({ links: { code: 'javascript:alert(1)' } })).toEqual([]);
  });
});

describe('abstractParagraphs', () => {
  it('keeps text as text and renders math as MathML', () => {
    const [first, second] = abstractParagraphs('We bound $\\frac{a}{b}$ and <b>tags</b>.\n\nCosts \\$5.');
    expect(first?.[0]).toEqual({ kind: 'text', text: 'We bound ' });
    expect(first?.[1]).toMatchObject({ kind: 'math' });
    expect(first?.[1]?.kind === 'math' && first[1].html).toContain('<math');
    expect(first?.[2]).toEqual({ kind: 'text', text: ' and <b>tags</b>.' });
    expect(second).toEqual([{ kind: 'text', text: 'Costs $5.' }]);
  });

  it('does not let TeX smuggle links or markup into the page', () => {
    const [segments] = abstractParagraphs('$\\href{javascript:alert(1)}{x}$ $<script>$');
    const html = segments?.map((segment) => (segment.kind === 'math' ? segment.html : '')).join('') ?? '';
    // The TeX source survives only as escaped annotation text, never as an attribute or element.
    expect(html).not.toMatch(/\shref=/);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('small formatting helpers', () => {
  it('formats full and month-only dates', () => {
    expect(formatDate('2024-01-02')).toBe('2 January 2024');
    expect(formatDate('2024-05')).toBe('May 2024');
    expect(scholarDate('2024-01-02')).toBe('2024/01/02');
    // Scholar accepts YYYY/MM/DD or YYYY, never YYYY/MM.
    expect(scholarDate('2024-05')).toBe('2024');
    expect(scholarDate('2024')).toBe('2024');
  });

  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('one two three four five', 14)).toBe('one two three…');
  });

  it('joins paths onto any base', () => {
    expect(withBase('/', sitePaths.paper('x'))).toBe('/publications/x/');
    expect(withBase('/sub', sitePaths.topic('y'))).toBe('/sub/topics/y/');
    expect(withBase('/sub/', sitePaths.listPage(1))).toBe('/sub/');
    expect(withBase('/sub/', sitePaths.listPage(3))).toBe('/sub/page/3/');
    expect(absoluteUrl('https://example.org', '/sub/', sitePaths.sitemap)).toBe(
      'https://example.org/sub/sitemap-index.xml',
    );
  });

  it('keeps document titles within 70 characters, dropping the site name first', () => {
    expect(documentTitle('Topics', 'Jane Doe')).toBe('Topics · Jane Doe');
    expect(documentTitle('Jane Doe', 'Jane Doe')).toBe('Jane Doe');
    const long = 'A Very Long Paper Title About Many Things That Goes On And On Beyond Any Limit';
    expect(documentTitle(long, 'Jane Doe').length).toBeLessThanOrEqual(70);
    expect(documentTitle(long, 'Jane Doe')).not.toContain('Jane Doe');
  });

  it('adds the year to a venue only when the venue lacks it', () => {
    expect(venueLine('ICML 2025', 2025)).toBe('ICML 2025');
    expect(venueLine('Nature', 2024)).toBe('Nature · 2024');
    expect(venueLine(undefined, 2024)).toBe('2024');
    expect(venueLine(undefined, null)).toBe('');
  });

  it('groups stats by the document that reports them', () => {
    const groups = statsBySource([
      { label: 'citations', value: '10', source: 'a.txt' },
      { label: 'h-index', value: '2', source: 'b.txt' },
      { label: 'papers', value: '3', source: 'a.txt' },
    ]);
    expect(groups.map((group) => [group.source, group.stats.length])).toEqual([
      ['a.txt', 2],
      ['b.txt', 1],
    ]);
  });

  it('describes the site in one line', () => {
    const text = siteDescription({
      ownerName: 'Jane Doe',
      headline: 'PhD student',
      publicationCount: 3,
      topTopics: ['Bandits', 'RL'],
    });
    expect(text).toBe('Jane Doe, PhD student. 3 publications on Bandits, RL, with abstracts, links and BibTeX.');
    expect(siteDescription({ ownerName: null, publicationCount: 1, topTopics: [] })).toContain('1 publication,');
  });
});

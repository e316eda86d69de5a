import { describe, expect, it } from 'vitest';
import { cslItemSchema, cslItemsSchema, toCslItem } from '../../src/lib/citations/csl.ts';
import { renderApa } from '../helpers/citeproc.ts';
import { hostilePublication, makePublication } from '../helpers/publication-fixtures.ts';
import { hardBibliography } from '../helpers/hard-bibliography.ts';

const options = { id: 'key2024', url: 'https://example.org/publications/x/' };

describe('toCslItem', () => {
  it('emits a schema-valid item with names split, readable text and the date as date-parts', () => {
    const item = cslItemSchema.parse(toCslItem({ ...hostilePublication, type: 'conference' }, options));
    expect(item).toMatchObject({
      id: 'key2024',
      type: 'paper-conference',
      title: 'Ünïcode & <img src=x onerror=alert(1)> at 100% ~ #1_a {b} ^ \\ café with E/m',
      'container-title': 'ICML 2025',
      issued: { 'date-parts': [[2025, 3]] },
      DOI: '10.1000/a_b.c',
      URL: options.url,
      note: 'arXiv:2503.01234',
    });
    expect(item.author).toEqual([
      { family: 'Müller', 'non-dropping-particle': 'van der', given: 'Jöhn' },
      { family: 'Doe', given: 'Jane' },
      { family: 'Dupont', given: 'Chloé' },
      { literal: 'Plato' },
      { literal: 'others' },
    ]);
    expect(item.abstract).toContain('x₁² ≤ α');
  });

  it('types preprints as CSL articles with arXiv as publisher and number', () => {
    const item = cslItemSchema.parse(toCslItem(makePublication({ arxiv: '2406.13629', abstract: 'Text.' }), options));
    expect(item).toMatchObject({ type: 'article', publisher: 'arXiv', number: 'arXiv:2406.13629', abstract: 'Text.' });
    expect(item).not.toHaveProperty('container-title');
  });

  it.each([
    ['article', 'article-journal'],
    ['conference', 'paper-conference'],
    ['thesis', 'thesis'],
    ['book', 'book'],
    ['chapter', 'chapter'],
    ['report', 'report'],
    ['other', 'document'],
  ] as const)('takes the CSL type from the type %s', (type, cslType) => {
    expect(toCslItem(makePublication({ type, venue: 'Proceedings of Z' }), options).type).toBe(cslType);
  });

  it('writes volume, issue, pages, publisher and ISBN, and leaves unknown values out', () => {
    const item = cslItemSchema.parse(
      toCslItem(
        makePublication({
          type: 'article',
          venue: 'Nature',
          volume: '7',
          issue: '2',
          pages: '1-9',
          date: undefined,
          authors: [],
        }),
        { id: 'k', url: undefined },
      ),
    );
    expect(item).toEqual({
      id: 'k',
      type: 'article-journal',
      title: 'A Paper',
      'container-title': 'Nature',
      volume: '7',
      issue: '2',
      page: '1-9',
    });
  });

  it('has a schema that rejects what CSL processors would choke on', () => {
    expect(
      cslItemSchema.safeParse({ ...toCslItem(hostilePublication, options), issued: { 'date-parts': [[2025, 13]] } })
        .success,
    ).toBe(false);
    expect(
      cslItemSchema.safeParse({ ...toCslItem(hostilePublication, options), URL: 'javascript:alert(1)' }).success,
    ).toBe(false);
  });
});

// citeproc-js compiles the APA style on first use: seconds on a busy machine.
describe('CSL-JSON through citeproc-js with APA', { timeout: 60_000 }, () => {
  it('prints a truncated author list with a closing "& others", never as complete', () => {
    const truncated = makePublication({ authors: ['Ana Silva', 'Bo Chen', 'Cy Okafor'], authorsTruncated: true });
    const [line] = renderApa([toCslItem(truncated, options)]);
    expect(line).toMatch(/^Silva, A\., Chen, B\., Okafor, C\., & others\. \(2024/);
    const complete = makePublication({ authors: ['Ana Silva', 'Bo Chen', 'Cy Okafor'] });
    expect(renderApa([toCslItem(complete, options)])[0]).toMatch(/^Silva, A\., Chen, B\., & Okafor, C\. \(2024/);
  });

  it('prints every fixture of the hard bibliography with its readable title and no TeX', () => {
    const items = cslItemsSchema.parse(
      hardBibliography.map((publication) => toCslItem(publication, { id: publication.slug, url: undefined })),
    );
    const lines = renderApa(items);
    expect(lines).toHaveLength(items.length);
    for (const item of items) expect(lines.some((line) => line.includes(item.title))).toBe(true);
    // Outside the titles' own literal characters (one title has a backslash as text), no TeX.
    const titles = items.map((item) => item.title);
    for (const line of lines)
      expect(titles.reduce((rest, title) => rest.replace(title, ''), line)).not.toMatch(/[\\$]/);
    const text = lines.join('\n');
    expect(text).toContain('Achieving O(√T) Regret');
    expect(text).toContain('Berg, Ø.');
    expect(text).toContain('Łukasiewicz');
    expect(text).toContain('del Río, É.');
    expect(text).toMatch(/Journal of Invented Geology, 12\(3\), 101–115/);
  });
});

import { describe, expect, it } from 'vitest';
import { cslItemSchema, toCslItem } from '../../src/lib/citations/csl.ts';
import { hostilePublication, makePublication } from '../helpers/publication-fixtures.ts';

const options = { id: 'key2024', url: 'https://example.org/publications/x/' };

describe('toCslItem', () => {
  it('emits a schema-valid paper-conference with names split and the date as date-parts', () => {
    const item = cslItemSchema.parse(toCslItem(hostilePublication, options));
    expect(item).toMatchObject({
      id: 'key2024',
      type: 'paper-conference',
      title: hostilePublication.title,
      'container-title': 'ICML 2025',
      issued: { 'date-parts': [[2025, 3]] },
      DOI: '10.1000/a_b.c',
      URL: options.url,
      note: 'arXiv:2503.01234',
    });
    expect(item.author).toEqual([
      { family: 'van der Müller', given: 'Jöhn' },
      { family: 'Doe', given: 'Jane' },
      { family: 'Dupont', given: 'Chloé' },
      { literal: 'Plato' },
    ]);
  });

  it('types preprints as CSL articles with arXiv as publisher and number', () => {
    const item = cslItemSchema.parse(toCslItem(makePublication({ arxiv: '2406.13629', abstract: 'Text.' }), options));
    expect(item).toMatchObject({ type: 'article', publisher: 'arXiv', number: 'arXiv:2406.13629', abstract: 'Text.' });
    expect(item).not.toHaveProperty('container-title');
  });

  it('types other venues as journal articles and leaves unknown values out', () => {
    const item = cslItemSchema.parse(
      toCslItem(makePublication({ venue: 'Nature', date: undefined, authors: [] }), options),
    );
    expect(item).toEqual({
      id: 'key2024',
      type: 'article-journal',
      title: 'A Paper',
      'container-title': 'Nature',
      URL: options.url,
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

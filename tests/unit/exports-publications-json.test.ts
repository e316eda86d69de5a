import { describe, expect, it } from 'vitest';
import { publicationsExportSchema, toPublicationsExport } from '../../src/lib/exports/publications-json.ts';
import { hostilePublication, makePublication } from '../helpers/publication-fixtures.ts';

const context = {
  location: { site: new URL('https://jane.example.org'), base: '/lab' },
  owner: { name: 'Jane Doe', headline: undefined, affiliation: 'Example University' },
  topicLabels: new Map([
    ['language-models', 'Language models'],
    ['federated-learning', 'Federated learning'],
    ['unused', 'Unused'],
  ]),
  citationKeys: new Map([['hostile', 'muller2025unicode']]),
};

describe('toPublicationsExport', () => {
  const bare = makePublication({ slug: 'bare', date: undefined, topics: ['no-label'] });
  const result = toPublicationsExport([hostilePublication, bare], context);

  it('validates against the documented schema', () => {
    expect(publicationsExportSchema.parse(result)).toEqual(result);
  });

  it('gives every key, with null for missing values', () => {
    const exported = result.publications[1]!;
    expect(exported).toMatchObject({ date: null, year: null, venue: null, arxiv: null, doi: null, abstract: null });
    expect(exported.links).toEqual({ arxiv: null, pdf: null, code: null, doi: null, project: null });
    expect(result.owner).toEqual({
      name: 'Jane Doe',
      headline: null,
      affiliation: 'Example University',
      url: 'https://jane.example.org/lab/',
    });
  });

  it('uses absolute URLs under the base path and completes links from identifiers', () => {
    const exported = result.publications[0]!;
    expect(exported.url).toBe('https://jane.example.org/lab/publications/hostile/');
    expect(exported.bibtex).toBe('https://jane.example.org/lab/publications/hostile.bib');
    expect(exported.links).toEqual({
      arxiv: 'https://arxiv.org/abs/2503.01234',
      pdf: null,
      code: 'https://github.com/example/x',
      doi: 'https://doi.org/10.1000/a_b.c',
      project: null,
      slides: 'https://example.org/slides.pdf',
    });
    expect(exported.citationKey).toBe('muller2025unicode');
  });

  it('gives the title as readable text and as TeX, the abstract with math as TeX, in the given order', () => {
    expect(result.publications.map((p) => p.id)).toEqual(['hostile', 'bare']);
    expect(result.publications[0]!.titleTex).toBe(hostilePublication.title);
    expect(result.publications[0]!.title).toBe(hostilePublication.title.replace('$\\frac{E}{m}$', 'E/m'));
    expect(result.publications[0]!.abstract).toBe(hostilePublication.abstract);
  });

  it('lists used topics in taxonomy order, unlabelled ones by slug', () => {
    expect(result.topics).toEqual([
      { slug: 'federated-learning', label: 'Federated learning' },
      { slug: 'no-label', label: 'no-label' },
    ]);
  });

  it('has a schema that rejects missing keys and non-http links', () => {
    const withoutVenue: Record<string, unknown> = { ...result.publications[0]! };
    delete withoutVenue['venue'];
    expect(publicationsExportSchema.safeParse({ ...result, publications: [withoutVenue] }).success).toBe(false);
    const badLink = {
      ...result.publications[0]!,
      links: { ...result.publications[0]!.links, code: 'javascript:alert(1)' },
    };
    expect(publicationsExportSchema.safeParse({ ...result, publications: [badLink] }).success).toBe(false);
  });
});

describe('publications.json without a configured site', () => {
  it("gives the site's own links as paths from its root, and passes the schema", () => {
    const result = toPublicationsExport([hostilePublication], {
      ...context,
      location: { site: undefined, base: '/lab/' },
    });
    expect(publicationsExportSchema.parse(result)).toEqual(result);
    expect(result.owner.url).toBe('/lab/');
    expect(result.publications[0]).toMatchObject({
      url: '/lab/publications/hostile/',
      bibtex: '/lab/publications/hostile.bib',
    });
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/client/search/engine.ts';
import { buildSearchPayload, compactSlug, distinctiveTerms } from '../../../src/lib/search-documents.ts';
import { expandSlug, queryWords, tokenize } from '../../../src/lib/search-tokens.ts';
import { createTopicLabeler } from '../../../src/lib/topic-labels.ts';
import { makePublication } from './publication-factory.ts';
import { syntheticPublications } from './synthetic-publications.ts';

const labelOf = createTopicLabeler([
  { slug: 'bandits', label: 'Federated Bandits' },
  { slug: 'rl', label: 'Reinforcement Learning' },
]);

const publications = [
  makePublication({
    slug: 'transformers',
    title: 'Sparse Transformers for Long Documents',
    authors: ['Ada Lovelace', 'Grace Hopper'],
    venue: 'ICML 2024',
    date: '2024-07-01',
    topics: ['rl'],
    abstract: 'We study attention sparsity. Attention sparsity lets transformers read $\\frac{n}{k}$ tokens per step.',
  }),
  makePublication({
    slug: 'bandits',
    title: 'Incentivized Communication for Federated Bandits',
    authors: ['Alan Turing', 'Ada Lovelace'],
    venue: 'NeurIPS 2023',
    date: '2023-12-01',
    topics: ['bandits'],
    abstract: 'Clients share rewards only when paid. Regret bounds follow.',
  }),
  makePublication({
    slug: 'reward',
    title: 'Reward Models Prefer Long Answers',
    authors: ['Grace Hopper'],
    date: '2022-01-01',
    topics: ['rl'],
    abstract: 'A study of transformers as reward models.',
  }),
];

const engine = createSearchEngine(buildSearchPayload(publications, labelOf));
const slugs = (query: string, topic?: string) => engine.search(query, { topic }).map((hit) => hit.slug);

describe('search tokens', () => {
  it('folds case and diacritics and drops TeX commands', () => {
    expect(tokenize('Schrödinger $\\frac{E}{m}$ Équations')).toEqual(['schrodinger', 'e', 'm', 'equations']);
  });

  it('drops stop words from queries unless nothing else is left', () => {
    expect(queryWords('the bandits of the west')).toEqual(['bandits', 'west']);
    expect(queryWords('the of')).toEqual(['the', 'of']);
  });
});

describe('slugs in the index', () => {
  it('stores a slug that starts the title as a length, and gets it back', () => {
    const title = 'Schrödinger Bridges: A Survey';
    expect(compactSlug('schrodinger-bridges', title)).toBe(19);
    expect(expandSlug(19, title)).toBe('schrodinger-bridges');
  });

  it('keeps any other slug as it is', () => {
    expect(compactSlug('my-own-slug', 'Another Title')).toBe('my-own-slug');
    expect(expandSlug('my-own-slug', 'Another Title')).toBe('my-own-slug');
  });
});

describe('distinctiveTerms', () => {
  it('picks abstract words that are not in the title, ignoring math and stop words', () => {
    const [terms] = distinctiveTerms([
      { title: 'Attention', abstract: 'Attention sparsity sparsity with $\\alpha$ helps.' },
    ]);
    expect(terms).toContain('sparsity');
    expect(terms).not.toContain('attention');
    expect(terms).not.toContain('alpha');
    expect(terms).not.toContain('with');
  });
});

describe('search engine', () => {
  it('finds a title word with a typo', () => {
    expect(slugs('trnasformers')[0]).toBe('transformers');
    expect(slugs('federatd')).toEqual(['bandits']);
  });

  it('requires every word of a multi-word query to match somewhere', () => {
    expect(slugs('lovelace bandits')).toEqual(['bandits']);
    expect(slugs('hopper reward')).toEqual(['reward']);
    expect(slugs('turing transformers')).toEqual([]);
  });

  it('ranks a title match above an abstract match', () => {
    expect(slugs('transformers')).toEqual(['transformers', 'reward']);
  });

  it('searches venues, topic labels and abstract terms', () => {
    expect(slugs('neurips')).toEqual(['bandits']);
    expect(slugs('reinforcement')).toEqual(['transformers', 'reward']);
    expect(slugs('sparsity')).toEqual(['transformers']);
  });

  it('filters by topic, alone or with a query', () => {
    expect(slugs('', 'rl')).toEqual(['transformers', 'reward']);
    expect(slugs('hopper', 'rl')).toEqual(['transformers', 'reward']);
    expect(slugs('turing', 'rl')).toEqual([]);
    expect(slugs('hopper', 'no-such-topic')).toEqual([]);
  });

  it('matches prefixes while the reader is still typing', () => {
    expect(slugs('incent')).toEqual(['bandits']);
  });

  it('returns nothing for an empty query without a topic', () => {
    expect(slugs('   ')).toEqual([]);
  });
});

describe('search at 1,000 publications', () => {
  const many = syntheticPublications(1000);
  const payload = buildSearchPayload(many, createTopicLabeler([]));
  const json = JSON.stringify(payload);
  const big = createSearchEngine(payload);

  it('keeps the index under 100 KB gzipped', () => {
    expect(gzipSync(json).length).toBeLessThanOrEqual(100 * 1024);
  });

  // Query latency is measured by `npm run bench` in a real browser, not asserted here: timings flake.
  it('finds a publication by a typo in its title among a thousand', () => {
    const target = many[437]!;
    const word = target.title.split(' ').find((candidate) => candidate.length > 6)!;
    const typo = word.slice(0, 3) + word.slice(4);
    const results = big.search(`${typo} ${target.authors[0]!.split(' ').at(-1)!}`).map((hit) => hit.slug);
    expect(results).toContain(target.slug);
  });
});

describe('searching by venue and year', () => {
  const venuePapers = [
    makePublication({
      slug: 'ocean-currents',
      title: 'Learning Ocean Currents from Sparse Buoys',
      authors: ['Inés Moreau'],
      venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
      date: '2024-12-10',
    }),
    makePublication({
      slug: 'parsing-dialects',
      title: 'Parsing Regional Dialects with Little Data',
      authors: ['Tomasz Wielgosz'],
      venue:
        'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)',
      date: '2024-08-11',
    }),
    makePublication({
      slug: 'older-ocean',
      title: 'Ocean Models at Scale',
      authors: ['Inés Moreau'],
      venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
      date: '2021-12-06',
    }),
    makePublication({
      slug: 'spin-chains',
      title: 'Entanglement in Disordered Spin Chains',
      authors: ['Kwame Asante'],
      venue: 'Physical Review B',
      volume: '91',
      date: '2015-03-02',
    }),
  ];
  const payload = buildSearchPayload(venuePapers, labelOf);
  const venueEngine = createSearchEngine(payload);
  const found = (query: string) => venueEngine.search(query).map((hit) => hit.slug);

  it('finds a paper by short venue and year', () => {
    expect(found('NeurIPS 2024')).toEqual(['ocean-currents']);
    expect(found('ACL 2024')).toEqual(['parsing-dialects']);
  });

  it('finds a paper by its full venue', () => {
    expect(found('Neural Information Processing Systems')).toEqual(['ocean-currents', 'older-ocean']);
    expect(found('Annual Meeting Association Computational Linguistics')).toEqual(['parsing-dialects']);
    expect(found('Physical Review')).toEqual(['spin-chains']);
  });

  it('finds papers by year alone', () => {
    expect(found('2024')).toEqual(['ocean-currents', 'parsing-dialects']);
    expect(found('2015')).toEqual(['spin-chains']);
  });

  it('shows the short venue in results and keeps the full one for matching', () => {
    const row = payload.rows.find((candidate) => candidate[1].startsWith('Parsing'));
    expect(row?.[3]).toBe('ACL 2024');
    expect(row?.[7]).toBe(venuePapers[1]!.venue);
    expect(payload.rows.find((candidate) => candidate[1].startsWith('Entanglement'))?.[3]).toBe('Phys. Rev. B 91');
  });
});

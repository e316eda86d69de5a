import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { baseCitationKey, toBibtex, toBibtexList, uniqueCitationKeys } from '../../src/lib/citations/bibtex.ts';
import { hostilePublication, hostileTitle, makePublication } from '../helpers/publication-fixtures.ts';

const url = 'https://example.org/publications/hostile/';

function parseOne(bibtex: string, options: Parameters<typeof parse>[1] = {}) {
  const library = parse(bibtex, { english: false, ...options });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

describe('toBibtex', () => {
  it('round-trips hostile text through a BibTeX parser', () => {
    const publication = makePublication({ title: hostileTitle, abstract: `${hostileTitle}\n\nAgain.` });
    const entry = parseOne(toBibtex(publication, { url }));
    expect(entry.fields['title']).toBe(hostileTitle);
    expect(entry.fields['abstract']).toBe(`${hostileTitle} Again.`);
    expect(entry.fields['url']).toBe(url);
  });

  it('escapes every LaTeX special character outside math', () => {
    const bibtex = toBibtex(makePublication({ title: '& % $ # _ { } ~ ^ \\' }), { url });
    const title = /title = \{(.*)\},/.exec(bibtex)![1];
    expect(title).toBe('\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });

  it('keeps $math$ in titles and abstracts as math', () => {
    const entry = parseOne(toBibtex(hostilePublication, { url }), { raw: true });
    expect(entry.fields['title']).toContain('$\\frac{E}{m}$');
    expect(entry.fields['abstract']).toContain('$x_1^2 \\leq \\alpha$');
    // A lone dollar is money, not math.
    expect(entry.fields['abstract']).toContain('costs \\$5');
  });

  it('keeps accents as UTF-8 and protects acronyms from case changes', () => {
    const bibtex = toBibtex(makePublication({ title: 'Café Models: BERT Meets GPT-4 and LaTeX' }), { url });
    expect(bibtex).toContain('title = {Café Models: {BERT} Meets {GPT-4} and {LaTeX}}');
    const compounds = toBibtex(makePublication({ title: 'G-Zero: Self-Play with T5 and Rank-1 Updates' }), { url });
    expect(compounds).toContain('title = {{G-Zero}: Self-Play with {T5} and Rank-1 Updates}');
  });

  it('writes authors family-first, with particles, single names whole, and "others" for et al.', () => {
    const entry = parseOne(toBibtex(hostilePublication, { url }));
    expect(entry.fields.author).toEqual([
      { lastName: 'Müller', firstName: 'Jöhn', prefix: 'van der' },
      { lastName: 'Doe', firstName: 'Jane' },
      { lastName: 'Dupont', firstName: 'Chloé' },
      { name: 'Plato' },
      { lastName: 'others' },
    ]);
  });

  it('uses @misc with eprint fields for arXiv preprints', () => {
    const preprint = makePublication({ arxiv: '2406.13629', category: 'cs.CL' });
    const entry = parseOne(toBibtex(preprint, { url }));
    expect(entry.type).toBe('misc');
    expect(entry.fields).toMatchObject({
      eprint: '2406.13629',
      archiveprefix: 'arXiv',
      primaryclass: 'cs.CL',
      year: '2024',
      month: '5',
    });
  });

  it('uses @inproceedings for conferences and @article for journals', () => {
    const conference = parseOne(
      toBibtex(makePublication({ venue: 'Proceedings of the 41st Conference on X' }), { url }),
    );
    expect(conference.type).toBe('inproceedings');
    expect(conference.fields['booktitle']).toBe('Proceedings of the 41st Conference on X');
    for (const venue of ['NeurIPS 2024', 'Findings of ACL 2024', 'ICLR 2025 Workshop on Y']) {
      expect(parseOne(toBibtex(makePublication({ venue }), { url })).type).toBe('inproceedings');
    }
    for (const venue of [
      'Proceedings of the National Academy of Sciences',
      'IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI)',
      'Nature',
    ]) {
      expect(parseOne(toBibtex(makePublication({ venue }), { url })).type).toBe('article');
    }
    const journal = parseOne(
      toBibtex(makePublication({ venue: 'Transactions on Machine Learning Research', doi: '10.1000/x_y' }), { url }),
    );
    expect(journal.type).toBe('article');
    expect(journal.fields).toMatchObject({ journal: 'Transactions on Machine Learning Research', doi: '10.1000/x_y' });
  });

  it('keeps a preprint status as a note', () => {
    const entry = parseOne(toBibtex(makePublication({ venue: 'Under review', arxiv: '2406.13629' }), { url }));
    expect(entry.type).toBe('misc');
    expect(entry.fields['note']).toBe('Under review');
  });

  it('leaves out what is unknown', () => {
    const bibtex = toBibtex(makePublication({ date: undefined, authors: [] }), { url });
    expect(bibtex).not.toMatch(/year|month|author|abstract|doi/);
    parseOne(bibtex);
  });
});

describe('citation keys', () => {
  it('are family name, year and first significant title word, in ASCII', () => {
    expect(baseCitationKey(hostilePublication)).toBe('muller2025unicode');
    expect(
      baseCitationKey(makePublication({ authors: ['Łukasz Kaiser'], title: 'On the $\\alpha$ of Attention' })),
    ).toBe('kaiser2024attention');
    expect(
      baseCitationKey(makePublication({ authors: ['王小明'], year: null, date: undefined, title: 'The 3D' })),
    ).toBe('anon3d');
    expect(baseCitationKey(makePublication({ title: 'G-Zero: Self-Play' }))).toBe('doe2024gzero');
  });

  it('are unique across a list, and adding a newer paper keeps older keys', () => {
    const older = makePublication({ slug: 'older', title: 'Learning Things', date: '2024-01' });
    const newer = makePublication({ slug: 'newer', title: 'Learning More Things', date: '2024-06' });
    const keys = uniqueCitationKeys([newer, older]);
    expect(keys.get('older')).toBe('doe2024learning');
    expect(keys.get('newer')).toBe('doe2024learningb');
    const newest = makePublication({ slug: 'newest', title: 'Learning Again', date: '2024-12' });
    const more = uniqueCitationKeys([newest, newer, older]);
    expect([more.get('older'), more.get('newer'), more.get('newest')]).toEqual([
      'doe2024learning',
      'doe2024learningb',
      'doe2024learningc',
    ]);
  });

  it('never give a suffixed key that another paper has naturally', () => {
    const a = makePublication({ slug: 'a', title: 'Learning', date: '2024-01' });
    const b = makePublication({ slug: 'b', title: 'Learning', date: '2024-02' });
    const c = makePublication({ slug: 'c', title: 'Learningb', date: '2024-03' });
    const keys = uniqueCitationKeys([a, b, c]);
    expect(new Set(keys.values()).size).toBe(3);
    expect(keys.get('c')).toBe('doe2024learningb');
  });
});

describe('toBibtexList', () => {
  it('parses back into one entry per publication with unique keys', () => {
    const publications = [hostilePublication, makePublication({ slug: 'b' }), makePublication({ slug: 'c' })];
    const library = parse(toBibtexList(publications, (p) => `https://example.org/publications/${p.slug}/`));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(['muller2025unicode', 'doe2024paper', 'doe2024paperb']);
  });
});

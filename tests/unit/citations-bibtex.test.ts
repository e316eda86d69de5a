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
    expect(entry.fields['title']!.normalize('NFC')).toBe(hostileTitle);
    expect(entry.fields['abstract']!.normalize('NFC')).toBe(`${hostileTitle} Again.`);
    expect(entry.fields['url']).toBe(url);
  });

  it('writes every LaTeX special character outside math as a command', () => {
    const bibtex = toBibtex(makePublication({ title: '& % $ # _ { } ~ ^ \\ < >' }), { url });
    const title = /title = \{(.*)\},/.exec(bibtex)![1];
    expect(title).toBe(
      '\\& \\% \\$ \\# \\_ {\\textbraceleft} {\\textbraceright} {\\textasciitilde} {\\textasciicircum} {\\textbackslash} $<$ $>$',
    );
  });

  it('keeps $math$ in titles and abstracts as math', () => {
    const entry = parseOne(toBibtex(hostilePublication, { url }), { raw: true });
    expect(entry.fields['title']).toContain('$\\frac{E}{m}$');
    expect(entry.fields['abstract']).toContain('$x_1^2 \\leq \\alpha$');
    // A lone dollar is money, not math.
    expect(entry.fields['abstract']).toContain('costs \\$5');
  });

  it('writes non-ASCII as braced LaTeX commands, so the file is ASCII, and protects acronyms', () => {
    const bibtex = toBibtex(makePublication({ title: 'Café Models: BERT Meets GPT-4 and LaTeX in Łódź' }), { url });
    expect(bibtex).toContain("title = {Caf{\\'e} Models: {BERT} Meets {GPT-4} and {LaTeX} in {\\L}{\\'o}d{\\'z}}");
    const compounds = toBibtex(makePublication({ title: 'G-Zero: Self-Play with T5 and Rank-1 Updates' }), { url });
    expect(compounds).toContain('title = {{G-Zero}: Self-Play with {T5} and Rank-1 Updates}');
    // A protected word with an accent starts its group with a brace, not a backslash, or BibTeX would
    // take the group for one special character and lower-case it.
    expect(toBibtex(makePublication({ title: 'ÉCOLE Data' }), { url })).toContain("title = {{{\\'E}COLE} Data}");
    expect(toBibtex(hostilePublication, { url })).not.toMatch(/[^\p{ASCII}]/u);
  });

  it('braces an initial letter written as a command, so abbreviating styles keep it whole', () => {
    const bibtex = toBibtex(makePublication({ authors: ['Øystein Berg', 'Łucja Nowak', 'Élodie Martin'] }), { url });
    expect(bibtex).toContain("author = {Berg, {\\O}ystein and Nowak, {\\L}ucja and Martin, {\\'E}lodie}");
  });

  it('writes authors family-first, with particles, single names whole, and "others" for et al.', () => {
    const entry = parseOne(toBibtex(hostilePublication, { url }));
    expect(entry.fields.author!.map((name) => JSON.parse(JSON.stringify(name).normalize('NFC')))).toEqual([
      { lastName: 'Müller', firstName: 'Jöhn', prefix: 'van der' },
      { lastName: 'Doe', firstName: 'Jane' },
      { lastName: 'Dupont', firstName: 'Chloé' },
      { name: 'Plato' },
      { lastName: 'others' },
    ]);
  });

  it('reads structured names when the publication has them', () => {
    const publication = makePublication({ authors: ['Adrian Del Maestro', 'Jane Roe Jr.'] });
    const withNames = {
      ...publication,
      authorNames: [
        { given: 'Adrian', particle: 'Del', family: 'Maestro' },
        { given: 'Jane', family: 'Roe', suffix: 'Jr.' },
      ],
    };
    expect(toBibtex(withNames, { url })).toContain('author = {Del Maestro, Adrian and Roe, Jr., Jane}');
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

  it.each([
    ['article', 'article', 'journal'],
    ['conference', 'inproceedings', 'booktitle'],
    ['chapter', 'incollection', 'booktitle'],
    ['other', 'misc', 'howpublished'],
  ] as const)('takes the entry type from the type %s, never from the venue', (type, entryType, venueField) => {
    // Venue words that once decided the type point the other way here.
    const venue = type === 'article' ? 'Proceedings of the 41st Conference on X' : 'Journal of Y Letters';
    const entry = parseOne(toBibtex(makePublication({ type, venue }), { url }));
    expect(entry.type).toBe(entryType);
    expect(entry.fields[venueField]).toBe(venue);
  });

  it('writes volume, number, pages, publisher, school, institution, editors and ISBN', () => {
    const article = parseOne(
      toBibtex(makePublication({ type: 'article', venue: 'J. X', volume: '12', issue: '3', pages: '101-115' }), {
        url,
      }),
      { raw: true },
    );
    expect(article.fields).toMatchObject({ journal: 'J. X', volume: '12', number: '3', pages: '101--115' });
    const thesis = parseOne(toBibtex(makePublication({ type: 'thesis', institution: 'Uppsala Universitet' }), { url }));
    expect(thesis.type).toBe('phdthesis');
    expect(thesis.fields['school']).toBe('Uppsala Universitet');
    const report = parseOne(
      toBibtex(makePublication({ type: 'report', institution: 'Lab A', issue: 'TR-7' }), { url }),
    );
    expect(report.type).toBe('techreport');
    expect(report.fields).toMatchObject({ institution: ['Lab A'], number: 'TR-7' });
    const chapter = parseOne(
      toBibtex(
        makePublication({
          type: 'chapter',
          venue: 'Handbook of Z',
          editors: ['Ann Editor', 'Bo Redaktör'],
          publisher: 'Springer',
          isbn: '978-3-16-148410-0',
        }),
        { url },
      ),
    );
    expect(chapter.type).toBe('incollection');
    expect(chapter.fields.editor!.map((name) => name.lastName?.normalize('NFC'))).toEqual(['Editor', 'Redaktör']);
    expect(chapter.fields).toMatchObject({ publisher: ['Springer'], isbn: '978-3-16-148410-0' });
    expect(parseOne(toBibtex(makePublication({ type: 'book', publisher: 'MIT Press' }), { url })).type).toBe('book');
  });

  it('without a type, is a preprint with an arXiv id and no venue, and @misc otherwise', () => {
    expect(parseOne(toBibtex(makePublication({ arxiv: '2406.13629' }), { url })).type).toBe('misc');
    const withVenue = parseOne(toBibtex(makePublication({ venue: 'NeurIPS 2024' }), { url }));
    expect(withVenue.type).toBe('misc');
    expect(withVenue.fields['howpublished']).toBe('NeurIPS 2024');
  });

  it('keeps a preprint status as a note', () => {
    const entry = parseOne(
      toBibtex(makePublication({ type: 'preprint', venue: 'Under review', arxiv: '2406.13629' }), { url }),
    );
    expect(entry.type).toBe('misc');
    expect(entry.fields['note']).toBe('Under review');
  });

  it('leaves out what is unknown, the URL too when the site has no address', () => {
    const bibtex = toBibtex(makePublication({ date: undefined, authors: [] }), { url: undefined, key: 'anonpaper' });
    expect(bibtex).not.toMatch(/year|month|author|abstract|doi|url/);
    // Classic styles sort an entry without authors by its `key`.
    expect(parseOne(bibtex).fields['key']).toBe('anonpaper');
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

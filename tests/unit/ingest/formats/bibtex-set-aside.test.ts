/**
 * Setting plain values aside before the BibTeX parser must not change what comes out: every field
 * parses to what the parser alone makes of it, and plain abstracts come back word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../scripts/bench/random.ts';
import { syntheticDocuments } from '../../../../scripts/bench/synthetic-profile.ts';
import { literalFields, namesFile, setAsidePlainFields } from '../../../../scripts/ingest/formats/bibtex-set-aside.ts';
import { bibtex, parseBibtex, parseLibrary } from '../../../../scripts/ingest/formats/bibtex.ts';
import { collapseWhitespace } from '../../../../scripts/ingest/extract/text.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/ingest');
const files = [
  'formats/bibtex/accents, braces and math.txt',
  'formats/bibtex/an entry with a syntax error between two good ones.txt',
  "documents added later/a new paper and the toolbox's real title.bib",
  'documents added later/full author lists, venues and a DOI for four papers.bib',
].map((name) => readFileSync(join(fixtures, name), 'utf8'));

/** Every entry's fields, parsed with plain values set aside. */
function parsedWithSetAside(text: string) {
  const setAside = setAsidePlainFields(text);
  const library = parseBibtex(setAside.text);
  const names = parseBibtex(namesFile(setAside.names));
  return { library, putBack: setAside.putBack(library.entries, names), names: setAside.names };
}

/**
 * Fields as the ingest reads them: with whitespace collapsed (the parser trims and collapses it,
 * set-aside values keep it), and without abstracts, which are read verbatim when set aside and so
 * are compared with the file instead.
 */
const asRead = (fields: object) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => name !== 'abstract')
      .map(([name, value]) => [name, typeof value === 'string' ? collapseWhitespace(value) : value]),
  );
/** The parser's messages; its errors also carry the entry's text, which blanking changes. */
const messages = (errors: readonly { error: string }[]) => errors.map((error) => error.error);

/**
 * The ingest's parse of `text` gives what the parser alone gives. Returns whether the values were
 * set aside, rather than the file parsed again as written.
 */
function expectSameAsParser(text: string): boolean {
  const direct = parseBibtex(text);
  const library = parseLibrary(text);
  expect(messages(library.errors)).toEqual(messages(direct.errors));
  expect(
    library.entries.map((entry) => asRead(entry.fields)),
    text,
  ).toEqual(direct.entries.map((entry) => asRead(entry.fields)));
  return parsedWithSetAside(text).putBack;
}

describe('setting plain BibTeX values aside', () => {
  it('gives the parser’s own result for every field but abstracts, on hand-written files and a synthetic one', () => {
    const synthetic = [...syntheticDocuments(200, 7).values()].find((text) => text.trimStart().startsWith('@'));
    expect(synthetic).toBeDefined();
    for (const text of [...files, synthetic as string]) {
      // A file the parser finds errors in is parsed again as written, for its messages.
      expect(expectSameAsParser(text)).toBe(parseBibtex(text).errors.length === 0);
    }
  });

  it('sets aside every value of a plain file', () => {
    const synthetic = [...syntheticDocuments(50, 3).values()].find((text) => text.trimStart().startsWith('@')) ?? '';
    const { text } = setAsidePlainFields(synthetic);
    expect(text.length).toBeLessThan(synthetic.length / 5);
    expect(text).toMatch(/\btitle\s*=\s*\{ \}/);
    expect(text).not.toMatch(/\b(title|author|booktitle|year|abstract)\s*=\s*\{(?! \})/);
  });

  it('agrees with the parser on random values made of the characters it treats specially', () => {
    const random = seededRandom(11);
    const pieces = [
      'a',
      'Z',
      'é',
      ' ',
      '  ',
      '\n',
      '-',
      '--',
      '---',
      "'",
      "''",
      '`',
      '``',
      '<',
      '>',
      '<<',
      '~',
      '%',
      '$x$',
      '?`',
      '!',
      '&',
      '#',
      '_',
      '^',
      '.',
      ':',
      '/',
      '1',
    ];
    for (let round = 0; round < 400; round += 1) {
      const value = () => Array.from({ length: 1 + random.integer(8) }, () => random.pick(pieces)).join('');
      const text = `@article{key${round},\n${literalFields.map((field) => `  ${field} = {${value()}}`).join(',\n')}\n}\n`;
      expectSameAsParser(text);
    }
  });

  it('agrees with the parser on random author and editor lists, each distinct name parsed once', () => {
    const random = seededRandom(5);
    const names = [
      'Doe, Jane',
      'Jane Doe',
      'Jane Q. Doe',
      'J. Doe',
      'van der Berg, Jan',
      'Jan van der Berg',
      'de la Cruz, Ana',
      'Doe, Jr., John',
      "O'Neil, Pat",
      'Jean-Paul Sartre',
      'Müller, Jörg',
      '李 小龙',
      'Plato',
      'others',
      'Anderson, Andy',
      'Smith and Sons',
    ];
    const separators = [' and ', ' AND ', ' And ', '\n    and ', '  and  ', ' and and ', ', '];
    let setAside = 0;
    for (let round = 0; round < 300; round += 1) {
      const list = () => {
        const parts = Array.from({ length: 1 + random.integer(5) }, () => random.pick(names));
        const edges = random.chance(0.1) ? ['and ', ''] : random.chance(0.1) ? ['', ' and'] : ['', ''];
        return `${edges[0]}${parts.map((part, index) => (index === 0 ? part : `${random.pick(separators)}${part}`)).join('')}${edges[1]}`;
      };
      const text = `@article{key${round},\n  author = {${list()}},\n  editor = {${list()}},\n  title = {T}\n}\n@book{other${round},\n  author = {${list()}}\n}\n`;
      if (expectSameAsParser(text)) setAside += 1;
    }
    // Lists with a stray `and` stay with the parser, and a name the parser warns about sends the
    // whole file back to it (so that its message names the right entry); the rest are set aside.
    expect(setAside).toBeGreaterThan(200);
  });

  it('parses a name that recurs across entries once', () => {
    const text =
      '@misc{a,\n  author = {Doe, Jane and Roe, Richard}\n}\n@misc{b,\n  author = {Roe, Richard and Doe, Jane}\n}\n';
    expect(setAsidePlainFields(text).names).toEqual(['Doe, Jane', 'Roe, Richard']);
  });

  it('puts plain abstracts back as written, line breaks and all', () => {
    const abstract = 'We study rates -- see https://example.org/~jane/code--v2\n  and more.';
    const { library, putBack } = parsedWithSetAside(`@article{k,\n  title = {T},\n  abstract = {${abstract}}\n}\n`);
    expect(putBack).toBe(true);
    expect(library.entries[0]?.fields['abstract']).toBe(abstract);
  });

  it('reports errors as the parser finds them in the file as written, quotes and columns included', () => {
    const text = '@article{k,\n  author = {Doe}\n  x = {1}, title = {T}\n}\n@article{j,\n  title = {Fine},\n  author = {Roe, Ann}\n}\n';
    const parsed = bibtex.parse({ name: 'refs.bib', text });
    const diagnostics = parsed.diagnostics ?? [];
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(
      messages(parseBibtex(text).errors).map((message) => `BibTeX: ${message}`),
    );
    expect(diagnostics[0]?.message).toContain('title = {T}');
    expect(parsed.records.map((record) => record.title)).toEqual(['Fine']);
  });

  it('leaves a field quoted inside another value where it is', () => {
    const text = '@misc{k,\n  title = {Real},\n  note = {Cite it as {@misc{x, title = {Quoted}}}}\n}\n';
    expect(expectSameAsParser(text)).toBe(true);
    expect(parseLibrary(text).entries[0]?.fields).toMatchObject({
      title: 'Real',
      note: expect.stringContaining('Quoted'),
    });
  });

  it('takes no text between entries, in a comment or in a quoted value for a field', () => {
    const text = [
      '@misc{a,',
      '  year = {2020}',
      '}',
      'Notes, title = {Between entries}',
      '@misc{b,',
      '  % old, title = {Commented out},',
      '  note = "See, title = {Quoted}",',
      '  title = {Real}, booktitle = {Venue}',
      '}',
      '@misc(c, title = {In parentheses})',
    ].join('\n');
    expect(expectSameAsParser(text)).toBe(true);
    expect(parseLibrary(text).entries.map((entry) => entry.fields.title)).toEqual([
      undefined,
      'Real',
      'In parentheses',
    ]);
  });

  it('agrees with the parser on an entry that gives a field twice', () => {
    for (const text of [
      "@misc{k,\n  title = {Caf\\'e},\n  title = {Plain}\n}\n",
      "@misc{k,\n  title = {Plain},\n  title = {Caf\\'e}\n}\n",
      '@misc{k,\n  title = {One},\n  title = {Two}\n}\n',
    ]) {
      expectSameAsParser(text);
    }
  });

  it('agrees with the parser on files with a syntax error anywhere, and keeps their abstracts as written', () => {
    const random = seededRandom(3);
    const synthetic = [...syntheticDocuments(20, 5).values()].find((text) => text.trimStart().startsWith('@')) ?? '';
    // Characters the parser would decode (a dash, a tie), so that an abstract read as written shows.
    const entries = synthetic.replace(/abstract = \{/g, 'abstract = {Rates -- see ~jane: ');
    const damageable = [...entries.matchAll(/[{},=]/g)].map((match) => match.index);
    let damagedFiles = 0;
    let verbatimAbstracts = 0;
    for (let round = 0; round < 40; round += 1) {
      const at = random.pick(damageable);
      const text =
        entries.slice(0, at) + (random.chance(0.5) ? '' : random.pick(['{', '}', ',', '"'])) + entries.slice(at + 1);
      expectSameAsParser(text);
      if (parseBibtex(text).errors.length > 0) damagedFiles += 1;
      // Abstracts are the parser's, but for the dash and the tie left as written.
      const direct = new Map(parseBibtex(text).entries.map((entry) => [entry.key, entry.fields.abstract]));
      for (const entry of parseLibrary(text).entries) {
        const abstract = entry.fields.abstract;
        const decoded = abstract?.replace(/--/g, '\u2013').replace(/~/g, '\u00a0');
        const expected = direct.get(entry.key);
        expect(decoded && collapseWhitespace(decoded)).toBe(expected && collapseWhitespace(expected));
        if (abstract?.startsWith('Rates -- see ~jane')) verbatimAbstracts += 1;
      }
    }
    expect(verbatimAbstracts).toBeGreaterThan(200);
    expect(damagedFiles).toBeGreaterThan(15);
  }, 20_000);
});

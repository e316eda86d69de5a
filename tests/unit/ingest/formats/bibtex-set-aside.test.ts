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
/** The parser's messages; its errors also carry the entry's text, which holds the placeholders. */
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
      expect(expectSameAsParser(text)).toBe(true);
    }
  });

  it('sets aside every value of a plain file', () => {
    const synthetic = [...syntheticDocuments(50, 3).values()].find((text) => text.trimStart().startsWith('@')) ?? '';
    const { text } = setAsidePlainFields(synthetic);
    expect(text.length).toBeLessThan(synthetic.length / 5);
    expect(text).not.toMatch(/\b(title|author|booktitle|year|abstract)\s*=\s*\{[^S]/);
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
    const text = '@article{k,\n  author = {Doe}\n  x = {1}, title = {T}\n}\n@article{j,\n  title = {Fine}\n}\n';
    const parsed = bibtex.parse({ name: 'refs.bib', text });
    const diagnostics = parsed.diagnostics ?? [];
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(
      messages(parseBibtex(text).errors).map((message) => `BibTeX: ${message}`),
    );
    expect(diagnostics[0]?.message).toContain('title = {T}');
    expect(parsed.records.map((record) => record.title)).toEqual(['Fine']);
  });

  it('reports a placeholder that landed inside another value, so that the caller parses the file as it is', () => {
    const text = '@misc{k,\n  title = {Real},\n  note = {Cite it as {@misc{x, title = {Quoted}}}}\n}\n';
    expect(parsedWithSetAside(text).putBack).toBe(false);
  });

  it('never uses a placeholder the file already contains', () => {
    const text = '@misc{k,\n  title = {SETASIDE0X},\n  booktitle = {Venue}\n}\n';
    const { library, putBack } = parsedWithSetAside(text);
    expect(putBack).toBe(true);
    expect(library.entries[0]?.fields).toMatchObject({ title: 'SETASIDE0X', booktitle: 'Venue' });
  });
});

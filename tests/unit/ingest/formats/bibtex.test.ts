/** Parsing BibTeX: accents decoded, braces removed, `$…$` math kept, `and others` as truncation. */
import { describe, expect, it } from 'vitest';
import { bibtex } from '../../../../scripts/ingest/formats/bibtex.ts';
import { decodedFixture } from '../helpers.ts';

describe('BibTeX parsing', () => {
  it('decodes accents and braces, keeps math as written, and reads ids, DOIs, dates, venues and links', () => {
    const fixture = 'accents, braces and math.txt';
    const parsed = bibtex.parse(decodedFixture(`bibtex/${fixture}`));
    expect(parsed.subject).toEqual({ kind: 'per-record' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.records).toEqual([
      {
        source: fixture,
        line: 3,
        authority: 'bibliography',
        // {\"U}ber … Caf\'e … $\frac{a}{b}$
        title: 'Über-parameterised Models at the Café: Learning $\\frac{a}{b}$ Rates',
        // M{\"u}ller, J{\"o}rg and {van der Berg}, Jan and Doe, Jane Q.
        authors: ['Jörg Müller', 'Jan van der Berg', 'Jane Q. Doe'],
        // Written because "van der" is a particle that splitting at the last space would misfile.
        authorNames: [
          { given: 'Jörg', family: 'Müller' },
          { given: 'Jan', particle: 'van der', family: 'Berg' },
          { given: 'Jane Q.', family: 'Doe' },
        ],
        type: 'conference',
        abstract:
          'We study Über-fast rates of $O(\\sqrt{T})$ in small models. Code is available at https://github.com/example/uber.',
        doi: '10.1109/ICASSP.2023.001',
        date: { value: '2023-06', kind: 'bibliography' },
        venue: 'Proceedings of ICASSP 2023',
        links: { code: 'https://github.com/example/uber' },
      },
      {
        source: fixture,
        line: 13,
        authority: 'bibliography',
        title: 'Streaming Diarization with $O(1)$ Memory',
        // "Jane Doe and others"
        authors: ['Jane Doe'],
        authorsTruncated: true,
        type: 'preprint',
        arxiv: '2401.00042',
        date: { value: '2024-01', kind: 'bibliography' },
        links: { pdf: 'https://example.org/diarization.pdf' },
      },
      {
        source: fixture,
        line: 24,
        authority: 'bibliography',
        title: 'Graph Networks for Traffic',
        authors: ['John Roe', 'Anil Kumar'],
        type: 'other',
        date: { value: '2022', kind: 'bibliography' },
        links: { project: 'https://example.org/traffic' },
      },
    ]);
  });

  it('reports a syntax error with the file and line, and still reads the entries around it', () => {
    const fixture = 'an entry with a syntax error between two good ones.txt';
    const parsed = bibtex.parse(decodedFixture(`bibtex/${fixture}`));
    // Line 9 lacks the comma after `author = {Doe, Jane}`; the parser trips over line 10.
    expect(parsed.diagnostics).toEqual([
      { level: 'error', file: fixture, line: 10, message: expect.stringMatching(/^BibTeX: /) },
    ]);
    const titles = parsed.records.map((entry) => [entry.line, entry.title, entry.date?.value]);
    expect(titles).toContainEqual([1, 'The First Paper', '2021']);
    expect(titles).toContainEqual([13, 'The Third Paper', '2023']);
  });

  it('skips entries without a title', () => {
    const { records } = bibtex.parse({
      name: 'x.bib',
      text: '@misc{a,\n  author = {Doe, Jane},\n  year = {2020},\n}\n',
    });
    expect(records).toEqual([]);
  });

  it('reads old-style arXiv ids from eprint and keeps only four-digit years', () => {
    const text =
      '@article{a,\n  title = {Old},\n  author = {Doe, Jane},\n  eprint = {hep-th/9901001v2},\n  archivePrefix = {arXiv},\n  year = {99},\n}\n';
    const [entry] = bibtex.parse({ name: 'x.bib', text }).records;
    expect(entry?.arxiv).toBe('hep-th/9901001');
    expect(entry?.date).toBeUndefined();
  });

  it('decodes an entry with LaTeX in any field, with @string macros, while plain entries beside it read as written', () => {
    const text = [
      '@string{conf = "Proc. of {\\"U}ber"}',
      '@inproceedings{plain, title = {A Plain Title}, author = {Doe, Jane and others}, booktitle = {ICML 2024}, year = 2024, month = mar}',
      '@inproceedings{dash, title = {Pre--training Models}, author = {Roe, Rick}, booktitle = conf # " 2023", year = 2023}',
      "@inproceedings{quote, title = {Plain}, author = {O``Brien'', Ann}, booktitle = {Venue}, year = 2022}",
    ].join('\n');
    const records = bibtex.parse({ name: 'x.bib', text }).records;
    expect(
      records.map((entry) => [entry.title, entry.authors, entry.authorsTruncated, entry.venue, entry.date?.value]),
    ).toEqual([
      ['A Plain Title', ['Jane Doe'], true, 'ICML 2024', '2024-03'],
      ['Pre–training Models', ['Rick Roe'], undefined, 'Proc. of Über 2023', '2023'],
      ['Plain', ['Ann O“Brien”'], undefined, 'Venue', '2022'],
    ]);
  });

  it('keeps plain multi-line abstracts word for word, and error lines after them right', () => {
    const text = [
      '@article{a,',
      '  title = {First},',
      '  author = {Doe, Jane},',
      '  abstract = {We study',
      '    rates -- see https://example.org/~jane/code--v2},',
      '  year = {2020},',
      '}',
      '@article{b,',
      '  title = {Second},',
      '  abstract = {One line',
      '    and another.},',
      '  author = {Doe, Jane}',
      '  year = {2021},',
      '}',
    ].join('\n');
    const { records, diagnostics } = bibtex.parse({ name: 'x.bib', text });
    // Abstracts are read verbatim: a tie or a dash in a URL is part of the URL.
    expect(records[0]?.abstract).toBe('We study rates -- see https://example.org/~jane/code--v2');
    expect(diagnostics).toEqual([
      { level: 'error', file: 'x.bib', line: 13, message: expect.stringMatching(/^BibTeX: /) },
    ]);
  });
});

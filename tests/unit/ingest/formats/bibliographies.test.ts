/** Real-world-shaped bibliographies (see tests/fixtures/bibliographies/README.md), read completely. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bibtex } from '../../../../scripts/ingest/formats/bibtex.ts';
import type { SourceRecord } from '../../../../scripts/ingest/model.ts';

const folder = new URL('../../../fixtures/bibliographies/', import.meta.url);
const read = (name: string) => bibtex.parse({ name, text: readFileSync(new URL(name, folder), 'utf8') });
const byTitle = (records: SourceRecord[], start: string) => records.find((record) => record.title?.startsWith(start));

describe('an al-folio papers.bib', () => {
  const parsed = read('al-folio papers of a coastal ecologist.bib');
  const kelp = byTitle(parsed.records, 'Kelp Forest');

  it('reads the bibliographic fields, @string venues and month macros', () => {
    expect(kelp).toMatchObject({
      type: 'article',
      venue: 'Marine Ecology Progress Series',
      volume: '712',
      issue: '3',
      pages: '45–61',
      publisher: 'Inter-Research',
      date: { value: '2024-03', kind: 'bibliography' },
    });
    expect(byTitle(parsed.records, 'Disturbance')).toMatchObject({ type: 'thesis', institution: 'University of Bergen' });
    expect(byTitle(parsed.records, 'A Field Guide')).toMatchObject({ type: 'book', publisher: 'Coastal Press', isbn: '978-0-00-000000-2' });
  });

  it('turns * and † after names into roles, as the annotation defines them, and keeps them out of the names', () => {
    expect(kelp?.authors).toEqual(['Ingrid Halvorsen', 'Chidi Okonkwo', 'Pieter Van Der Linde', 'Amaia Ruiz']);
    expect(kelp?.authorNames?.map((name) => name.roles ?? [])).toEqual([['equal-contribution'], ['equal-contribution'], [], ['corresponding']]);
  });

  it('reads every al-folio link field, the DOI in url as the DOI, and the display fields', () => {
    expect(kelp).toMatchObject({
      doi: '10.3354/meps99901',
      abbr: 'MEPS',
      award: "Editor's Choice",
      preview: 'previews/kelp.png',
      bibtexShow: true,
      featured: true,
      abstract: 'Kelp forests declined by 40% after the 2019 heatwave; we track recovery at 12 sites.',
    });
    expect(kelp?.links).toEqual({
      html: 'https://www.int-res.com/abstracts/meps/v712/p45-61/',
      code: 'https://github.com/example-lab/kelp-recovery',
      project: 'https://example.org/kelp',
      video: 'https://video.example.org/kelp-talk',
      slides: 'https://example.org/slides/kelp.pdf',
      poster: 'https://example.org/posters/kelp.pdf',
      blog: 'https://blog.example.org/kelp',
      supplement: 'https://example.org/kelp-supplement.zip',
    });
  });

  it('reads the arxiv field, and selected = {false} and bibtex_show = {false} as no', () => {
    const sensing = byTitle(parsed.records, 'Low-Cost');
    expect(sensing).toMatchObject({ arxiv: '2303.01234', type: 'conference', abbr: 'ICRA', bibtexShow: false });
    expect(sensing?.featured).toBeUndefined();
  });

  it('warns about a local pdf and a preview outside content/, naming the entry and line', () => {
    expect(parsed.diagnostics).toEqual([
      { level: 'warning', file: 'al-folio papers of a coastal ecologist.bib', line: 6, message: expect.stringContaining('`pdf = {halvorsen2024kelp.pdf}` is not an http(s) link') },
      { level: 'warning', file: 'al-folio papers of a coastal ecologist.bib', line: 40, message: expect.stringContaining('`preview = {../../etc/passwd}`') },
    ]);
    expect(byTitle(parsed.records, 'Low-Cost')?.preview).toBeUndefined();
  });
});

describe('a DBLP export in its three flavours', () => {
  const flavours = ['dblp export, standard.bib', 'dblp export, with crossref.bib', 'dblp export, condensed.bib'];

  it.each(flavours)('%s: reads the same three papers, with types from the entry types', (name) => {
    const { records, diagnostics } = read(name);
    expect(diagnostics).toEqual([]);
    expect(records.map((record) => [record.title, record.type])).toEqual([
      ['Sparse Attention with Provable ínvariance', 'conference'],
      ['Kernel Methods for C^2 Smooth Data', 'article'],
      ['Streaming Estimators under ~Heavy Tails', 'preprint'],
    ]);
  });

  it.each(flavours)('%s: keeps name particles, drops homonym numbers, and folds dotless-i accents into í', (name) => {
    const [, kernel] = read(name).records;
    expect(kernel?.authors).toEqual(['Marta Del Rosario', 'José García', 'Kwame Nyarko']);
    expect(kernel?.authorNames?.[0]).toEqual({ given: 'Marta', particle: 'Del', family: 'Rosario' });
    expect(kernel?.authors?.[1]).toBe('Jos\u00e9 Garc\u00eda');
  });

  it.each(flavours)('%s: an arXiv paper in CoRR is a preprint with its id, and no venue or volume', (name) => {
    const streaming = read(name).records[2];
    expect(streaming).toMatchObject({ arxiv: '2402.05678', type: 'preprint' });
    expect([streaming?.venue, streaming?.volume]).toEqual([undefined, undefined]);
  });

  it('with crossref: the proceedings volume is skipped with a reason, its fields reach the paper', () => {
    const { records, skipped } = read('dblp export, with crossref.bib');
    expect(records[0]).toMatchObject({ volume: '235', publisher: 'PMLR', pages: '10234–10250' });
    expect(skipped).toEqual([
      {
        line: 46,
        title: 'Forty-first International Conference on Machine Learning, ICML 2024, Vienna, Austria, July 21-27, 2024',
        reason: expect.stringContaining('@proceedings{DBLP:conf/icml/2024} has no authors, only editors'),
      },
    ]);
  });

  it('ignores timestamp, biburl and bibsource', () => {
    const [sparse] = read('dblp export, standard.bib').records;
    expect(JSON.stringify(sparse)).not.toMatch(/dblp\.org|2024 16:45/);
  });
});

describe('a bibliography with every TeX construct', () => {
  const { records, diagnostics } = read('every TeX construct in titles, names and abstracts.bib');
  const [renyi, trees, report] = records;

  it('decodes every accent form, dotless i included, to precomposed letters', () => {
    expect(diagnostics).toEqual([]);
    expect(renyi?.authors).toEqual(['Łucja Øvergaard', 'Begoña Núñez', 'Luis García', 'Inés Martínez', 'Özge Çelik', 'Jiří Dvořák', 'Jürgen Weiß', 'Aleš Novák', 'Pál Erdős']);
    for (const name of renyi?.authors ?? []) expect(name).toBe(name.normalize('NFC'));
    expect(renyi?.authors?.join(' ')).not.toMatch(/ı|\p{M}/u);
  });

  it('keeps math as $…$ and leaves no TeX outside it', () => {
    expect(renyi?.title).toBe('Rényi Divergences for $\\epsilon$-Private Learning: Rates of $O(\\sqrt{T})$ at no Extra Cost');
    expect(renyi?.abstract).toBe(
      'We bound Rényi divergences at every order and prove a regret of $O(\\sqrt{T})$. A valid bound costs $5 per query – compared with 50% more for naive methods — and holds when $x<y$, or when x < y in plain text; see https://example.org/renyi_bounds~v2 and our notes (https://example.org/notes). Key words: Privacy, Rates, Q&A, #1, snake_case, café au lait.',
    );
  });

  it('reads a literal caret and tilde as themselves', () => {
    expect(trees?.title).toBe('Trees of Bounded ^-Depth and the ~ Operator');
  });

  it('splits suffixes, particles and literal names, and reads editors, publisher and institution', () => {
    expect(trees?.authors).toEqual(['Łucja Øvergaard', 'John Smith, Jr.', 'Anneke van der Berg', 'Hydrology Consortium']);
    expect(trees?.authorNames?.slice(1)).toEqual([
      { given: 'John', family: 'Smith', suffix: 'Jr.' },
      { given: 'Anneke', particle: 'van der', family: 'Berg' },
      { literal: 'Hydrology Consortium' },
    ]);
    expect(trees).toMatchObject({ type: 'conference', editors: ['Thandiwe Mbeki', 'Rafael de la Cruz'], publisher: 'Springer', date: { value: '2020-09' } });
    expect(report).toMatchObject({ type: 'report', institution: 'Institute for Algorithms', authorsTruncated: true });
  });
});

describe('values the parser must not read as TeX', () => {
  it('takes an escaped \\$ for a dollar, not the start of math, so the next entry survives', () => {
    const text = [
      '@misc{a, author = {Doe, Jane}, title = {Costs}, abstract = {It costs \\$5 per run.}}',
      '@misc{b, author = {Doe, Jane}, title = {Next $x$}, abstract = {Still here, with $y$.}}',
    ].join('\n');
    const { records } = bibtex.parse({ name: 'x.bib', text });
    expect(records.map((record) => [record.title, record.abstract])).toEqual([
      ['Costs', 'It costs $5 per run.'],
      ['Next $x$', 'Still here, with $y$.'],
    ]);
  });

  it('reads markers written in math or with \\dag, and an annotation that gives † another meaning', () => {
    const text = '@misc{a, author = {Doe$^\\dagger$, Jane and Roe\\textsuperscript{*}, Ann}, title = {T}, annotation = {$\\dagger$ Equal contribution}}';
    const [record] = bibtex.parse({ name: 'x.bib', text }).records;
    expect(record?.authors).toEqual(['Jane Doe', 'Ann Roe']);
    expect(record?.authorNames?.map((name) => name.roles)).toEqual([['equal-contribution'], ['equal-contribution']]);
  });

  it('skips an editor-only entry with a reason and writes no record for it', () => {
    const { records, skipped } = bibtex.parse({ name: 'x.bib', text: '@book{e, editor = {Doe, Jane}, title = {Collected Essays}, year = 2020}' });
    expect(records).toEqual([]);
    expect(skipped?.[0]?.reason).toMatch(/has no authors, only editors/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../scripts/ingest/detect.ts';
import { arxivAtom } from '../../../scripts/ingest/formats/arxiv-atom.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import type { ParsedDocument } from '../../../scripts/ingest/model.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/arxiv-atom');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const parse = (name: string): ParsedDocument => arxivAtom.parse({ name, text: fixture(name) });

describe('arXiv Atom detection', () => {
  const atomFixtures = readdirSync(fixtures).filter((name) => name.endsWith('.xml'));

  it.each(atomFixtures)('recognises “%s”, ahead of every other format in the registry', (name) => {
    expect(arxivAtom.detect(fixture(name))).toBe(true);
    expect(detectFormat(fixture(name), documentFormats)?.name).toBe('arxiv-atom');
  });

  const others: [string, string][] = [
    [
      'an HTML page that links an arXiv Atom feed',
      '<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="https://export.arxiv.org/api/query?id_list=2406.13629"></head></html>',
    ],
    [
      'an Atom feed that is not from arXiv',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://blog.example.org/</id><entry><id>https://blog.example.org/post</id></entry></feed>',
    ],
    [
      'BibTeX that cites arXiv',
      '@article{wei2024,\n  title = {InstructRAG},\n  journal = {arXiv preprint arXiv:2406.13629},\n}\n',
    ],
    ['an arXiv listing', 'Retrieval-augmented generation...\narXiv:2406.13629\nCreated: 2024-06-19\n'],
    [
      'an abstract that mentions <feed xmlns="http://www.w3.org/2005/Atom"> mid-text',
      'We parse Atom: <feed xmlns="http://www.w3.org/2005/Atom"> from http://arxiv.org/abs/2406.13629.',
    ],
  ];
  it.each(others)('does not claim %s', (_, text) => {
    expect(arxivAtom.detect(text)).toBe(false);
  });

  it('claims none of the example sources', () => {
    const sources = join(import.meta.dirname, '../../../content/sources');
    for (const name of readdirSync(sources))
      expect(arxivAtom.detect(readFileSync(join(sources, name), 'utf8')), name).toBe(false);
  });
});

describe('arXiv Atom parsing', () => {
  it('reads a single paper: every author in order, the first version’s date, the category, the https PDF', () => {
    const { subject, records, diagnostics } = parse('single paper with affiliations.xml');
    expect(subject).toEqual({ kind: 'per-record' });
    expect(diagnostics).toEqual([]);
    expect(records).toEqual([
      {
        source: 'single paper with affiliations.xml',
        line: 10,
        authority: 'registry',
        title: 'InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales',
        authors: ['Zhepei Wei', 'Wei-Lin Chen', 'Yu Meng'],
        abstract: expect.stringMatching(
          /^Retrieval-augmented generation \(RAG\) has shown promising potential to enhance the accuracy .* self-synthesized rationales\.$/,
        ),
        arxiv: '2406.13629',
        date: { value: '2024-06-19', kind: 'published' },
        category: 'cs.CL',
        type: 'preprint',
        links: { pdf: 'https://arxiv.org/pdf/2406.13629' },
      },
    ]);
  });

  const table: [fixture: string, expected: Record<string, unknown>][] = [
    [
      'versioned id and wrapped title.xml',
      {
        arxiv: '2405.14734',
        title:
          'Simple Preference Optimization with a Reference-Free Reward: Bounding $\\mathcal{O}(n)$ Memory and Length Bias',
        date: { value: '2024-05-23', kind: 'published' },
        links: { pdf: 'https://arxiv.org/pdf/2405.14734' },
      },
    ],
    [
      'comment with a venue and a code link.xml',
      {
        arxiv: '2310.01234',
        venue: 'ICLR 2024',
        category: 'cs.LG',
        links: {
          pdf: 'https://arxiv.org/pdf/2310.01234',
          code: 'https://github.com/example-lab/self-rewarding-retrieval',
        },
      },
    ],
    [
      'journal reference and DOI on an old-style id.xml',
      {
        arxiv: 'hep-th/9901001',
        title: 'Boundary Terms for Gravitational Actions in Five Dimensions',
        // The journal reference in parts, not the venue verbatim.
        venue: 'Phys.Rev. D',
        volume: '60',
        pages: '044001',
        doi: '10.1103/PhysRevD.60.044001',
        date: { value: '1999-01-04', kind: 'published' },
        category: 'hep-th',
        links: { pdf: 'https://arxiv.org/pdf/hep-th/9901001', doi: 'https://doi.org/10.1103/PhysRevD.60.044001' },
      },
    ],
  ];
  it.each(table)('%s', (name, expected) => {
    const { records, diagnostics } = parse(name);
    expect(diagnostics).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject(expected);
  });

  it('unwraps the abstract, decodes entities and keeps $…$ math as written', () => {
    const [record] = parse('versioned id and wrapped title.xml').records;
    expect(record?.abstract).toContain(
      'whose reward costs $\\mathcal{O}(n)$ memory with $n < 10^3$ tokens & no reference model.',
    );
    expect(record?.abstract).not.toMatch(/\n|\s{2}/);
  });

  it('does not take “Preprint” or page counts for a venue', () => {
    expect(parse('versioned id and wrapped title.xml').records[0]?.venue).toBeUndefined();
    expect(parse('single paper with affiliations.xml').records[0]?.venue).toBeUndefined();
  });

  it('prefers the journal reference to the comment’s “To appear in …”', () => {
    expect(parse('journal reference and DOI on an old-style id.xml').records[0]?.venue).toBe('Phys.Rev. D');
  });

  it('turns the API’s error feed into an error diagnostic and no record', () => {
    const { records, diagnostics } = parse('error feed for an unknown id.xml');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([
      {
        level: 'error',
        file: 'error feed for an unknown id.xml',
        line: 10,
        message: expect.stringContaining('“incorrect id format for 1234.12345”'),
      },
    ]);
  });

  it('warns about an empty result rather than failing', () => {
    const { records, diagnostics } = parse('empty result.xml');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([
      { level: 'warning', file: 'empty result.xml', message: expect.stringContaining('no entries') },
    ]);
  });

  it('reports malformed XML with its line, without throwing', () => {
    const text = fixture('single paper with affiliations.xml').replace('</title>\n    <summary>', '\n    <summary>');
    const { records, diagnostics } = arxivAtom.parse({ name: 'broken.xml', text });
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([
      {
        level: 'error',
        file: 'broken.xml',
        line: expect.any(Number),
        message: expect.stringMatching(/^is not well-formed XML/),
      },
    ]);
  });

  it('skips an entry without a title, as the API has returned for ids it does not know', () => {
    const text = fixture('single paper with affiliations.xml').replace(/<title>InstructRAG[^<]*<\/title>/, '<title/>');
    const { records, diagnostics } = arxivAtom.parse({ name: 'untitled.xml', text });
    expect(records).toEqual([]);
    expect(diagnostics?.[0]).toMatchObject({
      level: 'warning',
      line: 10,
      message: expect.stringContaining('2406.13629'),
    });
  });
});

describe('arXiv records with TeX and a journal reference', () => {
  const [published, preprint] = parse('tex in abstracts and a journal reference.xml').records;

  it('decodes TeX in titles, abstracts and names, keeping math as $…$', () => {
    expect(published?.title).toBe('Rényi Bounds for $\\epsilon$-Private Estimation on Gröbner Bases');
    expect(published?.abstract).toBe(
      'We prove Rényi divergence bounds for the estimator of Erdős and García, with regret $O(\\sqrt{T})$ at no extra cost. Costs fall by ~3x, to 50% of the baseline, whenever $x < y$; see Fig. 2 and https://example.org/renyi_code.',
    );
    expect(published?.authors).toEqual(['Luis García', 'Anneke van der Berg']);
  });

  it('reads the journal reference into journal, volume, issue and pages, and leaves the type to other sources', () => {
    expect(published).toMatchObject({ venue: 'J. Mach. Learn. Res.', volume: '25', issue: '112', pages: '1–38', category: 'stat.ML' });
    expect(published?.type).toBeUndefined();
  });

  it('calls a record without a journal reference a preprint, with its full category', () => {
    expect(preprint).toMatchObject({ type: 'preprint', category: 'cs.LG' });
  });
});

describe('arXiv author names in parts', () => {
  it('splits names the BibTeX way when a particle or a capitalised one would be misfiled', () => {
    const [published, preprint] = parse('tex in abstracts and a journal reference.xml').records;
    expect(published?.authorNames).toEqual([
      { given: 'Luis', family: 'García' },
      { given: 'Anneke', particle: 'van der', family: 'Berg' },
    ]);
    expect(preprint?.authorNames?.[0]).toEqual({ given: 'Marta', particle: 'Del', family: 'Rosario' });
  });

  it('writes no names in parts when every name splits at its last space', () => {
    expect(parse('single paper with affiliations.xml').records[0]?.authorNames).toBeUndefined();
  });
});

/**
 * The answers `npm run import` saves, read as documents: ORCID works, OpenAlex works, Semantic
 * Scholar papers and a DBLP person page, each recorded in the shape its service documents
 * (tests/fixtures/import/README.md), for one invented researcher.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../scripts/ingest/detect.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import { abstractFrom } from '../../../scripts/ingest/formats/openalex-works.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const parse = (name: string) => {
  const text = readFileSync(join(fixtures, name), 'utf8');
  const format = detectFormat(text, documentFormats);
  if (!format) throw new Error(`${name} was not detected`);
  return { format: format.name, ...format.parse({ name, text }) };
};
const crackTitle = 'Crack Segmentation on Bridge Decks from Drone Imagery with Weak Labels';

describe('ORCID works', () => {
  const parsed = parse('orcid record with three works.json');

  it('is detected, and the record names its person', () => {
    expect(parsed.format).toBe('orcid-works');
    expect(parsed.subject).toEqual({ kind: 'person', name: 'Marisol Quintero-Vance' });
  });

  it('reads one record per group, from its first summary, with DOI, arXiv id, type, journal and date', () => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[2]).toEqual({
      source: 'orcid record with three works.json',
      line: 175,
      authority: 'bibliography',
      title: crackTitle,
      doi: '10.5555/autcon.2021.103647',
      arxiv: '2009.04412',
      type: 'article',
      venue: 'Automation in Construction',
      date: { value: '2021-05', kind: 'bibliography' },
    });
    // The ISSN is the journal's ("part-of"), not the work's.
    expect(parsed.records[0]).toMatchObject({ doi: '10.5555/jccee.2022.36.2.04022001', date: { value: '2022-03' } });
    expect(parsed.records[1]).toMatchObject({ type: 'conference', date: { value: '2021-11-02' } });
  });
});

describe('OpenAlex works', () => {
  const parsed = parse('openalex works of one author.json');

  it('reads authors, the abstract from its inverted index, ids from locations, biblio and a dated count', () => {
    expect(parsed.format).toBe('openalex-works');
    expect(parsed.records[0]).toEqual({
      source: 'openalex works of one author.json',
      line: 12,
      authority: 'bibliography',
      title: crackTitle,
      authors: ['Marisol Quintero-Vance', 'Hannu Berglund', 'Priya Ramanathan-Okafor'],
      abstract:
        'Visual inspection of bridge decks is slow and subjective. We segment cracks in drone images of concrete decks using only image-level labels from past inspection reports.',
      doi: '10.5555/autcon.2021.103647',
      arxiv: '2009.04412',
      date: { value: '2021-05-01', kind: 'bibliography' },
      venue: 'Automation in Construction',
      type: 'article',
      volume: '125',
      pages: '103647',
      citations: { count: 61, source: 'OpenAlex', date: '2026-11-20' },
    });
    expect(parsed.records[1]).toMatchObject({ volume: '36', issue: '2', pages: '04022001', citations: { count: 29 } });
  });

  it('leaves out front matter with its reason', () => {
    expect(parsed.records.map((record) => record.title)).not.toContain('Front Matter');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', message: 'lists “Front Matter”, which OpenAlex types as paratext, not a paper, so it was left out.' }),
    ]);
  });

  it('puts every word of an inverted index back at each of its positions', () => {
    expect(abstractFrom({ the: [0, 3], cat: [1], saw: [2], dog: [4] })).toBe('the cat saw the dog');
    expect(abstractFrom(null)).toBeUndefined();
  });
});

describe('Semantic Scholar papers', () => {
  const parsed = parse('semantic scholar papers of one author.json');

  it('reads abstracts, external ids, the journal and an undated count', () => {
    expect(parsed.format).toBe('semantic-scholar-papers');
    expect(parsed.records[0]).toMatchObject({
      title: crackTitle,
      doi: '10.5555/autcon.2021.103647',
      arxiv: '2009.04412',
      venue: 'Automation in Construction',
      volume: '125',
      pages: '103647',
      type: 'article',
      citations: { count: 49, source: 'Semantic Scholar' },
    });
    expect(parsed.records[0]?.citations).not.toHaveProperty('date');
  });

  it('gives a preprint no venue, and keeps arXiv’s DOI out', () => {
    const preprint = parsed.records[1];
    expect(preprint).toMatchObject({ arxiv: '2312.09871', type: 'preprint' });
    expect(preprint).not.toHaveProperty('venue');
    expect(preprint).not.toHaveProperty('volume');
    expect(preprint).not.toHaveProperty('doi');
  });
});

describe('DBLP person pages', () => {
  const parsed = parse('dblp person page.xml');

  it('names the person and reads papers without the closing full stop or homonym numbers', () => {
    expect(parsed.format).toBe('dblp-person');
    expect(parsed.subject).toEqual({ kind: 'person', name: 'Marisol Quintero-Vance' });
    expect(parsed.records[2]).toEqual({
      source: 'dblp person page.xml',
      line: 32,
      authority: 'bibliography',
      title: crackTitle,
      authors: ['Marisol Quintero-Vance', 'Hannu Berglund', 'Priya Ramanathan-Okafor'],
      date: { value: '2021', kind: 'bibliography' },
      doi: '10.5555/autcon.2021.103647',
      arxiv: '2009.04412',
      venue: 'Autom. Constr.',
      type: 'article',
      volume: '125',
      pages: '103647',
    });
  });

  it('reads a CoRR entry as an arXiv preprint and leaves out volumes the person edited', () => {
    expect(parsed.records[0]).toMatchObject({ arxiv: '2312.09871', type: 'preprint' });
    expect(parsed.records[0]).not.toHaveProperty('venue');
    expect(parsed.records[1]).toMatchObject({ type: 'conference', venue: 'ISARC', pages: '512-519' });
    expect(parsed.records).toHaveLength(3);
  });

  it('decodes character references and drops markup in titles', () => {
    const text = '<?xml version="1.0" encoding="US-ASCII"?>\n<dblpperson name="Ren&#233;e Dub&#xE9;" pid="1/2" n="1">\n<r><article key="journals/x/D24" mdate="2024-01-01">\n<author pid="1/2">Ren&#233;e Dub&#233;</author>\n<title>On <i>k</i>-Means &amp; Sch&#246;nhage.</title>\n<year>2024</year>\n<journal>J. X</journal>\n</article>\n</r>\n</dblpperson>\n';
    const format = detectFormat(text, documentFormats);
    const result = format?.parse({ name: 'dblp.xml', text });
    expect(result?.subject).toEqual({ kind: 'person', name: 'Renée Dubé' });
    expect(result?.records[0]).toMatchObject({ title: 'On k-Means & Schönhage', authors: ['Renée Dubé'] });
  });

  it('names the line of a broken page', () => {
    const text = '<?xml version="1.0"?>\n<dblpperson name="A B">\n<r><article key="k">\n<title>T.</title>\n</r>\n</dblpperson>\n';
    const result = detectFormat(text, documentFormats)?.parse({ name: 'dblp.xml', text });
    expect(result?.diagnostics?.[0]).toMatchObject({ level: 'error', file: 'dblp.xml', line: 5 });
  });
});

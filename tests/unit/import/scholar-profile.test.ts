/**
 * Google Scholar profiles as the `scholarly` library dumps them (tests/fixtures/import/): the
 * acad-homepage shape (publications keyed by id) and the library's own (a list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../scripts/ingest/detect.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import { scholarProfile } from '../../../scripts/ingest/formats/scholar-profile.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const document = (name: string) => ({ name, text: readFileSync(join(fixtures, name), 'utf8') });
const withNonPapers = 'scholar profile with non-papers and a cut citation.json';
const asList = 'scholar profile as a list of filled publications.json';

describe('Google Scholar profile dumps', () => {
  it('is detected as a Scholar profile, whichever shape its publications take', () => {
    expect(detectFormat(document(withNonPapers).text, documentFormats)?.name).toBe('scholar-profile');
    expect(detectFormat(document(asList).text, documentFormats)?.name).toBe('scholar-profile');
  });

  it('reads each paper with its venue, volume, pages, year and dated citation count', () => {
    const parsed = scholarProfile.parse(document(withNonPapers));
    expect(parsed.subject).toEqual({ kind: 'person', name: 'Marisol Quintero-Vance' });
    expect(parsed.records[0]).toEqual({
      source: withNonPapers,
      line: 26,
      authority: 'aggregator',
      title: 'Crack segmentation on bridge decks from drone imagery with weak labels',
      date: { value: '2021', kind: 'aggregator' },
      venue: 'Automation in Construction',
      volume: '125',
      pages: '103647',
      citations: { count: 57, source: 'Google Scholar', date: '2026-11-02' },
    });
    expect(parsed.records.map((record) => [record.title, record.venue, record.arxiv, record.type])).toEqual([
      ['Crack segmentation on bridge decks from drone imagery with weak labels', 'Automation in Construction', undefined, undefined],
      ['Digital twins of precast concrete plants: A review', 'Journal of Computing in Civil …', undefined, undefined],
      ['Scheduling tower cranes with mixed-integer programming under wind constraints', 'Proceedings of the International Symposium on Automation and Robotics in Construction', undefined, undefined],
      ['Learning to estimate rebar spacing from ground-penetrating radar', undefined, '2312.09871', 'preprint'],
      ['Crack segmentation on bridge decks from drone imagery with weak labels', undefined, '2009.04412', 'preprint'],
    ]);
  });

  it('leaves out an appendix of a listed paper, a section heading and entries with no citation, each with its reason and line', () => {
    const { diagnostics } = scholarProfile.parse(document(withNonPapers));
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        file: withNonPapers,
        line: 96,
        message:
          'lists “Supplementary material for: Crack segmentation on bridge decks from drone imagery with weak labels”, an appendix of “Crack segmentation on bridge decks from drone imagery with weak labels”, which is listed on its own, so it was left out.',
      },
      { level: 'warning', file: withNonPapers, line: 108, message: 'lists “1 Introduction”, a section heading Scholar took for a title, so it was left out.' },
      {
        level: 'warning',
        file: withNonPapers,
        line: 119,
        message:
          'lists “Site safety walk-through notes for first-year students” with no citation line (Scholar shows no venue or year): it is most likely not a paper, so it was left out.',
      },
    ]);
  });

  it('turns the profile’s citations, h-index and i10-index into figures dated by the dump', () => {
    expect(scholarProfile.parse(document(withNonPapers)).stats).toEqual([
      { label: 'citations', value: '412', date: '2026-11-02' },
      { label: 'h-index', value: '7', date: '2026-11-02' },
      { label: 'i10-index', value: '5', date: '2026-11-02' },
    ]);
    expect(scholarProfile.parse(document(asList)).stats?.[0]).toEqual({ label: 'citations', value: '1,968', date: '2026-10-15' });
  });

  it('reads filled entries’ authors, with “and others” as a cut list', () => {
    const parsed = scholarProfile.parse(document(asList));
    expect(parsed.records.map((record) => record.title)).toEqual([
      'Spin-orbit coupled flat bands in twisted kagome bilayers',
      'Entanglement spectroscopy of chiral spin liquids with matrix product states',
      'Observation of a fractional Chern insulator in a moiré heterostructure',
    ]);
    expect(parsed.records[0]).toMatchObject({ venue: 'Physical Review B', volume: '91', issue: '4', pages: '045123' });
    expect(parsed.records[2]).toMatchObject({
      authors: ['JW Park', 'T Okonkwo-Lindqvist', 'N Achterberg'],
      authorsTruncated: true,
      citations: { count: 802, source: 'Google Scholar', date: '2026-10-15' },
    });
    expect(parsed.diagnostics?.map((diagnostic) => diagnostic.message)).toEqual([
      'lists “Appendix B”, an appendix or supplement rather than a paper, so it was left out.',
      'lists “References”, a section heading Scholar took for a title, so it was left out.',
    ]);
  });

  it('prefers a filled entry’s own fields: full venue, “Last, First” names turned round, the abstract snippet', () => {
    const parsed = scholarProfile.parse(document(asList));
    expect(parsed.records[1]).toMatchObject({
      authors: ['Aino Heikkinen', 'Tobias Okonkwo-Lindqvist'],
      venue: 'Physical Review Letters',
      volume: '118',
      issue: '22',
      pages: '226401',
      abstract: expect.stringMatching(/^We compute the entanglement spectrum/),
    });
  });

  it('names the line of a broken dump', () => {
    const broken = { name: 'gs_data.json', text: '{\n  "name": "A B",\n  "citedby": 3,\n  "publications": {,\n}' };
    const parsed = scholarProfile.parse(broken);
    expect(parsed.records).toEqual([]);
    expect(parsed.diagnostics?.[0]).toMatchObject({ level: 'error', file: 'gs_data.json', line: 4 });
  });
});

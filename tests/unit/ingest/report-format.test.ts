/**
 * The ingest's report in the terminal (and in the build's output): every warning and error, and the
 * long lists (merges, skipped records, kept edits) cut to their first entries, with where the rest are.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, type IngestReport } from '../../../src/lib/ingest-report.ts';

function report(counts: { merges: number; skipped: number; kept: number; diagnostics: number }): IngestReport {
  const slug = (index: number) => `paper-${index}`;
  return {
    owner: { name: 'Ines Okafor-Lindqvist', source: 'profile.yaml' },
    documents: [{ name: 'papers.bib', format: 'bibtex', records: 40, contributes: true }],
    publications: { kept: [], created: [], updated: [], unchanged: [], deleted: [], total: 0 },
    merges: Array.from({ length: counts.merges }, (_, index) => ({
      slug: slug(index),
      records: [
        { source: 'papers.bib', line: index * 10 + 1 },
        { source: 'listing.txt', line: index * 4 + 1 },
      ],
      evidence: [],
    })),
    skipped: Array.from({ length: counts.skipped }, (_, index) => ({
      source: 'trending.txt',
      line: index + 1,
      reason: 'not the owner’s',
    })),
    keptEdits: Array.from({ length: counts.kept }, (_, index) => ({ slug: slug(index), fields: ['title'] })),
    topics: { added: [], total: 0 },
    diagnostics: Array.from({ length: counts.diagnostics }, (_, index) => ({
      level: 'warning' as const,
      file: `doc-${index}.txt`,
      message: 'has a problem.',
    })),
  };
}

describe('the ingest report in the terminal', () => {
  it('lists short lists in full', () => {
    const text = formatReport(report({ merges: 3, skipped: 2, kept: 1, diagnostics: 2 }));
    expect(text.match(/^ {2}paper-\d+: /gm)).toHaveLength(3);
    expect(text.match(/^ {2}trending\.txt:/gm)).toHaveLength(2);
    expect(text).toContain('Kept hand edits in paper-0: title');
    expect(text).not.toContain('more:');
  });

  it('cuts long lists to ten entries and says where every entry is', () => {
    const text = formatReport(report({ merges: 640, skipped: 25, kept: 12, diagnostics: 0 }));
    expect(text.match(/^ {2}paper-\d+: /gm)).toHaveLength(10);
    expect(text).toContain(
      '  … and 630 more: content/generated/ingest-report.json lists all 640 merges with their evidence',
    );
    expect(text.match(/^ {2}trending\.txt:/gm)).toHaveLength(10);
    expect(text).toContain('  … and 15 more: content/generated/ingest-report.json lists all 25 skipped records');
    expect(text.match(/^Kept hand edits in /gm)).toHaveLength(10);
    expect(text).toContain(
      '  … and 2 more: content/generated/ingest-report.json lists all 12 papers with kept hand edits',
    );
  });

  it('always lists every warning and error', () => {
    const text = formatReport(report({ merges: 0, skipped: 0, kept: 0, diagnostics: 150 }));
    expect(text.match(/^warning: doc-\d+\.txt has a problem\.$/gm)).toHaveLength(150);
  });
});

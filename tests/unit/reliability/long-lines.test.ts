import { describe, expect, it } from 'vitest';
import { gluedAbstractStream } from '../../../scripts/ingest/formats/glued-abstract-stream.ts';
import { paperEndingIds } from '../../../scripts/ingest/formats/arxiv-stream.ts';

/** Invented abstracts, each glued to its id, all on one line: the shape that used to hang the ingest. */
function oneLineStream(papers: number): { text: string; ids: string[] } {
  const ids = Array.from({ length: papers }, (_, index) => `2${String(index % 1000).padStart(3, '0')}.${String(10000 + index).slice(-5)}`);
  const text = ids
    .map((id, index) => `Sediment cores from lake ${index} date the last glacial retreat and its pollen record.arXiv:${id}`)
    .join('');
  return { text, ids };
}

describe('a document on one very long line', () => {
  it('is split at every id, in order, however long the line (2 MB here; the benchmark times 4 MB)', () => {
    const { text, ids } = oneLineStream(25_000);
    expect(text.length).toBeGreaterThan(2_000_000);
    const parsed = gluedAbstractStream.parse({ name: 'one line.txt', text });
    expect(parsed.records.map((record) => record.arxiv)).toEqual(ids);
    expect(parsed.records[24_999]?.abstract).toBe('Sediment cores from lake 24999 date the last glacial retreat and its pollen record.');
  });

  it('still keeps an id cited mid-sentence inside its abstract', () => {
    const text = 'We extend arXiv:2301.00001 to lakes.arXiv:2402.00002\nAnother study.\narXiv:2403.00003';
    expect(paperEndingIds(text).map((marker) => marker[1])).toEqual(['2402.00002', '2403.00003']);
  });
});

/**
 * Builds the evidence of a link for the report (`src/lib/merge-evidence.ts` holds its shape and
 * prints it).
 */
import type { MergeEvidence } from '../../../src/lib/merge-evidence.ts';
import type { SourceRecord } from '../model.ts';
import type { Link } from './cluster.ts';

export type { MergeEvidence };

const round = (value: number) => Math.round(value * 100) / 100;
const place = (record: SourceRecord | undefined) => (record ? `${record.source}:${record.line}` : '?');

export function mergeEvidence(link: Link, records: readonly SourceRecord[]): MergeEvidence {
  return {
    between: [place(records[link.a]), place(records[link.b])],
    kind: link.kind,
    weight: round(link.weight),
    signals: link.comparisons.map((comparison) => ({
      signal: comparison.signal,
      level: comparison.level,
      ...(comparison.value === undefined ? {} : { value: round(comparison.value) }),
      weight: round(comparison.weight),
    })),
  };
}

/**
 * The owner's last word on linkage, `content/merges.yaml`:
 *
 *   same:        # these records are one work, whatever the evidence says
 *     - ["arXiv:2403.01234", "Sparse Attention for Streaming Speech Recognition"]
 *   different:   # these records are different works, whatever the evidence says
 *     - ["doi:10.1000/conf.12", "doi:10.1000/journal.34"]
 *
 * A record is named by its arXiv id (`arXiv:…`), its DOI (`doi:…`), its title (compared as
 * `title-key.ts` compares titles), or as a last resort its place (`abstracts.txt:3`, which moves when
 * the document changes). Every record a name matches takes part. Every later ingest respects the
 * file; a wrong merge is undone by one `different:` line, and the publication that keeps the old
 * slug keeps its hand edits.
 */
import { z } from 'astro/zod';
import { parseArxivId } from '../extract/arxiv-id.ts';
import type { Diagnostic, SourceRecord } from '../model.ts';
import type { OwnerConstraints } from './cluster.ts';
import { workTitleKey } from './title-key.ts';

const pairs = z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]);

export const ownerMergesSchema = z.object({ same: pairs, different: pairs }).strict();

export type OwnerMerges = z.output<typeof ownerMergesSchema>;

export const noOwnerMerges: OwnerMerges = { same: [], different: [] };

/** A test for whether a record is the one a name in merges.yaml means. */
function matcher(name: string): (record: SourceRecord) => boolean {
  const trimmed = name.trim();
  if (/^arxiv:/i.test(trimmed)) {
    const id = parseArxivId(trimmed.slice('arxiv:'.length));
    return (record) => id !== undefined && record.arxiv === id;
  }
  if (/^doi:/i.test(trimmed)) {
    const doi = trimmed.slice('doi:'.length).trim().toLowerCase();
    return (record) => record.doi?.toLowerCase() === doi;
  }
  const place = /^(\S+):(\d+)$/.exec(trimmed);
  if (place) return (record) => record.source === place[1] && record.line === Number(place[2]);
  const key = workTitleKey(trimmed);
  return (record) => record.title !== undefined && workTitleKey(record.title) === key;
}

/**
 * The constraints for these records, and a warning for each name that matches none (a typo, or a
 * document since removed).
 */
export function ownerConstraints(
  records: readonly SourceRecord[],
  merges: OwnerMerges,
  file: string,
): { constraints: OwnerConstraints; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const indexes = (name: string) => {
    const matches = matcher(name);
    const found = records.flatMap((record, index) => (matches(record) ? [index] : []));
    if (found.length === 0) diagnostics.push({ level: 'warning', file, message: `names "${name}", which no record of the documents matches; that line has no effect.` });
    return found;
  };
  const resolve = (list: readonly [string, string][]) =>
    list.map(([left, right]): [number[], number[]] => [indexes(left), indexes(right)]).filter(([left, right]) => left.length > 0 && right.length > 0);
  return { constraints: { same: resolve(merges.same), different: resolve(merges.different) }, diagnostics };
}

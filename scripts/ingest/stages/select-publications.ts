/**
 * Stage 2: the owner's publications. Records from every document are clustered into papers (foreign
 * records too, so that a trending page can enrich a paper the owner lists); clusters that hold at
 * least one record the owner's documents contribute become publications, the rest are skipped with
 * their reason.
 */
import { documentVerdict, recordVerdict, type Owner, type Verdict } from '../ownership.ts';
import type { SourceRecord } from '../model.ts';
import { clusterRecords, type Link, type OwnerConstraints } from '../resolve/cluster.ts';
import { mergeEvidence, type MergeEvidence } from '../resolve/evidence.ts';
import { mergeRecords, type MergedPublication } from '../resolve/merge.ts';
import type { ReadDocument } from './read-documents.ts';

export interface SkippedRecord {
  source: string;
  line: number;
  title?: string;
  reason: string;
}

export interface DocumentVerdict {
  name: string;
  contributes: boolean;
  reason?: string;
}

export function selectPublications(
  documents: readonly ReadDocument[],
  owner: Owner,
  constraints: (records: readonly SourceRecord[]) => OwnerConstraints = () => ({ same: [], different: [] }),
) {
  const records: SourceRecord[] = [];
  const verdicts: Verdict[] = [];
  const documentVerdicts: DocumentVerdict[] = documents.map((document) => {
    const verdict = documentVerdict(document.subject, owner);
    for (const record of document.records) {
      records.push(record);
      verdicts.push(verdict === 'per-record' ? recordVerdict(record, owner) : verdict);
    }
    if (verdict === 'per-record') return { name: document.name, contributes: true };
    return { name: document.name, contributes: verdict.owned, ...(verdict.owned ? {} : { reason: verdict.reason }) };
  });

  const { clusters, links } = clusterRecords(records, constraints(records));
  const publications: MergedPublication[] = [];
  const skipped: SkippedRecord[] = [];
  const linksByRecord = groupLinks(links);
  const merges: { publication: number; records: SourceRecord[]; evidence: MergeEvidence[] }[] = [];
  for (const cluster of clusters) {
    const members = cluster.map((index) => records[index] as SourceRecord);
    if (cluster.some((index) => verdicts[index]?.owned)) {
      publications.push(mergeRecords(members));
      if (members.length > 1) {
        const joined = [...new Set(cluster.flatMap((index) => linksByRecord.get(index) ?? []))];
        merges.push({ publication: publications.length - 1, records: members, evidence: joined.map((link) => mergeEvidence(link, records)) });
      }
      continue;
    }
    for (const index of cluster) {
      const record = records[index] as SourceRecord;
      const verdict = verdicts[index];
      skipped.push({
        source: record.source,
        line: record.line,
        ...(record.title ? { title: record.title } : {}),
        reason: verdict && !verdict.owned ? verdict.reason : 'not the owner’s',
      });
    }
  }
  return { publications, skipped, merges, documentVerdicts };
}

/** The links that joined each record's cluster, in the order they were made. */
function groupLinks(links: readonly Link[]): Map<number, Link[]> {
  const byRecord = new Map<number, Link[]>();
  for (const link of links) {
    const members = byRecord.get(link.a);
    if (members) members.push(link);
    else byRecord.set(link.a, [link]);
  }
  return byRecord;
}

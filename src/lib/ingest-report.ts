/** The ingest's summary: the same facts printed for people and written as JSON for tools. */
import type { Diagnostic } from './diagnostic.ts';
import { formatEvidence, type MergeEvidence } from './merge-evidence.ts';
import { contentPaths } from './content-paths.ts';
import { describeQuality, type TopicQuality } from './topic-quality.ts';

export interface IngestReport {
  owner: { name: string | null; source: string | null };
  documents: { name: string; format: string | null; records: number; contributes: boolean; reason?: string }[];
  /** `kept`: files left exactly as they are because they are unreadable or invalid (see diagnostics). */
  publications: { kept: string[]; created: string[]; updated: string[]; unchanged: string[]; deleted: string[]; total: number };
  /** Papers described by several records, and each link that joined them with every signal's weight. */
  merges: { slug: string; records: { source: string; line: number }[]; evidence: MergeEvidence[] }[];
  skipped: { source: string; line: number; title?: string; reason: string }[];
  keptEdits: { slug: string; fields: string[] }[];
  /** `quality`: see `topics/quality.ts`; only labels derived in this run are checked. */
  topics: { added: string[]; total: number; quality?: TopicQuality };
  diagnostics: Diagnostic[];
  /** Nothing had changed since the last run, so this one stopped early and wrote nothing. */
  repeated?: true;
}

/**
 * What running the ingest again, on the files the run of `report` wrote, reports: every file it
 * created or updated is now unchanged, no topic is new (so no new label is checked), and the
 * problems with documents and files are still there.
 */
export function repeatedRunReport(report: IngestReport): IngestReport {
  const { publications, topics } = report;
  return {
    ...report,
    publications: {
      ...publications,
      created: [],
      updated: [],
      unchanged: [...publications.created, ...publications.updated, ...publications.unchanged].sort(),
      deleted: [],
    },
    topics: { added: [], total: topics.total, ...(topics.quality ? { quality: { ...topics.quality, flagged: [] } } : {}) },
  };
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
  return `${diagnostic.level === 'error' ? 'error' : 'warning'}: ${place} ${diagnostic.message}`;
}

/**
 * Merges, skipped records and kept edits listed in the terminal; the rest are counted. A build prints
 * this report, and a thousand papers' merges with their evidence were two thousand lines that buried
 * the warnings below them. Diagnostics are always listed in full: each asks for something.
 */
const listedInFull = 10;

function more(total: number, what: string): string[] {
  return total > listedInFull ? [`  … and ${total - listedInFull} more: ${contentPaths.report} lists all ${total} ${what}`] : [];
}

export function formatReport(report: IngestReport): string {
  const lines: string[] = [];
  const { publications } = report;
  if (report.repeated) lines.push('Nothing has changed since the last ingest, so nothing was written. Its report:', '');
  lines.push(`Owner: ${report.owner.name ?? '(not named by profile.yaml or any document)'}${report.owner.source ? ` (from ${report.owner.source})` : ''}`);
  lines.push('', 'Documents:');
  for (const document of report.documents) {
    const role = document.format === null ? 'skipped' : document.contributes ? 'owner' : `not the owner's: ${document.reason ?? ''}`;
    lines.push(`  ${document.name}  ${document.format ?? 'unreadable'}, ${document.records} record(s), ${role}`);
  }
  lines.push(
    '',
    `Publications: ${publications.total} (${publications.created.length} created, ${publications.updated.length} updated, ` +
      `${publications.unchanged.length} unchanged, ${publications.deleted.length} deleted` +
      `${publications.kept.length > 0 ? `, ${publications.kept.length} left as they are because of errors` : ''})`,
  );
  if (report.merges.length > 0) {
    lines.push(`Merges: ${report.merges.length} publication(s) came from several records`);
    for (const merge of report.merges.slice(0, listedInFull)) {
      lines.push(`  ${merge.slug}: ${merge.records.map((record) => `${record.source}:${record.line}`).join(', ')}`);
      for (const evidence of merge.evidence) lines.push(`    ${formatEvidence(evidence)}`);
    }
    lines.push(...more(report.merges.length, 'merges with their evidence'));
  }
  if (report.skipped.length > 0) {
    lines.push(`Skipped: ${report.skipped.length} record(s)`);
    for (const skipped of report.skipped.slice(0, listedInFull)) {
      lines.push(`  ${skipped.source}:${skipped.line} ${skipped.title ? `"${skipped.title}" ` : ''}— ${skipped.reason}`);
    }
    lines.push(...more(report.skipped.length, 'skipped records'));
  }
  for (const kept of report.keptEdits.slice(0, listedInFull)) lines.push(`Kept hand edits in ${kept.slug}: ${kept.fields.join(', ')}`);
  lines.push(...more(report.keptEdits.length, 'papers with kept hand edits'));
  if (report.topics.added.length > 0) lines.push(`Topics added to the taxonomy: ${report.topics.added.join(', ')}`);
  const { quality } = report.topics;
  if (quality) lines.push(`Topics: ${describeQuality(quality)}`);
  for (const { slug, label, reasons } of quality?.flagged ?? []) {
    lines.push(`  "${label}" (${slug}) ${reasons.join('; ')}: rename it in content/topics.yaml`);
  }
  if (report.diagnostics.length > 0) {
    lines.push('', ...report.diagnostics.map(formatDiagnostic));
  }
  return lines.join('\n');
}

/**
 * Pair precision and recall of record linkage on the labelled set in tests/fixtures/linkage/: each
 * folder holds an invented researcher's documents (`content/sources/`) and `works.yaml`, which names
 * the work each record describes. Every pair of records within one folder is labelled: the same work
 * or not. Needs no build: the documents are parsed and clustered exactly as the ingest does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { documentFormats } from '../ingest/formats/index.ts';
import type { SourceRecord } from '../ingest/model.ts';
import { candidatePairs } from '../ingest/resolve/candidates.ts';
import { clusterRecords } from '../ingest/resolve/cluster.ts';
import { recordFeatures } from '../ingest/resolve/features.ts';
import { readDocuments } from '../ingest/stages/read-documents.ts';
import { titleWords } from '../ingest/resolve/title-key.ts';

export interface LabelledRecords {
  folder: string;
  records: SourceRecord[];
  /** The work of each record, in order. */
  works: string[];
}

export interface PairCounts {
  pairs: number;
  positives: number;
  hardNegatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** `folder: document:line + document:line` for each wrong pair, to look at. */
  mistakes: string[];
}

export const linkageFixtures = join(import.meta.dirname, '../../tests/fixtures/linkage');

export function loadLabelledSet(root = linkageFixtures): LabelledRecords[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => loadFolder(root, folder));
}

function loadFolder(root: string, folder: string): LabelledRecords {
  const sources = join(root, folder, 'content/sources');
  const raw = readdirSync(sources)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(sources, name))) }));
  const records = readDocuments(raw, documentFormats).documents.flatMap((document) => document.records);
  const labels = load(readFileSync(join(root, folder, 'works.yaml'), 'utf8')) as Record<string, string[]>;
  const workOf = new Map<string, string>();
  for (const [work, places] of Object.entries(labels)) for (const place of places) workOf.set(place, work);
  const works = records.map((record) => {
    const work = workOf.get(`${record.source}:${record.line}`);
    if (!work) throw new Error(`${folder}/works.yaml names no work for ${record.source}:${record.line}`);
    return work;
  });
  const unused = [...workOf.keys()].filter((place) => !records.some((record) => `${record.source}:${record.line}` === place));
  if (unused.length > 0) throw new Error(`${folder}/works.yaml names records the documents do not hold: ${unused.join(', ')}`);
  return { folder, records, works };
}

/**
 * A negative pair is hard when the two records share something a naive rule would link on: a
 * month, the first author, or a theme (three or more title words); or when candidate generation
 * puts the pair forward at all (a shared day, rare words, an LSH bucket), so the scoring must judge it.
 */
function isHardNegative(a: SourceRecord, b: SourceRecord): boolean {
  const month = (record: SourceRecord) => record.date?.value.slice(0, 7);
  if (month(a) && month(a) === month(b)) return true;
  if (a.authors?.[0] && a.authors[0] === b.authors?.[0]) return true;
  const wordsA = new Set([...(a.title ? titleWords(a.title) : []), ...(a.abstract ? titleWords(a.abstract) : [])]);
  const titleB = b.title ? titleWords(b.title) : [];
  const titleA = a.title ? titleWords(a.title) : [];
  const wordsB = new Set([...titleB, ...(b.abstract ? titleWords(b.abstract) : [])]);
  const sharedTitleWords = titleA.filter((word) => wordsB.has(word)).length + titleB.filter((word) => wordsA.has(word)).length;
  return sharedTitleWords >= 3;
}

export function measureLinkage(sets: readonly LabelledRecords[] = loadLabelledSet()): PairCounts {
  const counts: PairCounts = { pairs: 0, positives: 0, hardNegatives: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, mistakes: [] };
  for (const set of sets) {
    const candidates = new Set(candidatePairs(set.records, recordFeatures(set.records)).map(([a, b]) => `${a} ${b}`));
    const cluster = new Map<number, number>();
    clusterRecords(set.records).clusters.forEach((members, index) => members.forEach((member) => cluster.set(member, index)));
    const place = (index: number) => `${set.records[index]?.source}:${set.records[index]?.line}`;
    for (let a = 0; a < set.records.length; a += 1) {
      for (let b = a + 1; b < set.records.length; b += 1) {
        const same = set.works[a] === set.works[b];
        const linked = cluster.get(a) === cluster.get(b);
        counts.pairs += 1;
        if (same) counts.positives += 1;
        else if (candidates.has(`${a} ${b}`) || isHardNegative(set.records[a] as SourceRecord, set.records[b] as SourceRecord)) counts.hardNegatives += 1;
        if (same && linked) counts.truePositives += 1;
        if (!same && linked) counts.falsePositives += 1;
        if (same && !linked) counts.falseNegatives += 1;
        if (same !== linked) counts.mistakes.push(`${set.folder}: ${place(a)} + ${place(b)} (${same ? 'missed' : 'wrongly merged'})`);
      }
    }
  }
  const linkedPairs = counts.truePositives + counts.falsePositives;
  counts.precision = linkedPairs === 0 ? 1 : counts.truePositives / linkedPairs;
  counts.recall = counts.positives === 0 ? 1 : counts.truePositives / counts.positives;
  return counts;
}

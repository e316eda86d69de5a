/**
 * What the comparisons need of each record, computed once per record rather than once per pair.
 */
import { monthOfArxivId } from '../extract/arxiv-id.ts';
import type { SourceRecord } from '../model.ts';
import { Vocabulary } from './content-words.ts';
import { shinglesOfWords, withoutCommonShingles } from './shingles.ts';
import { tfidfVectors, type SparseVector } from './tfidf.ts';
import { workTitleKey } from './title-key.ts';

export interface RecordFeatures {
  titleKey?: string;
  /** Stemmed content words of the title, as ids. */
  titleWords: number[];
  /** How distinctive each title word is among the abstracts (`ln(1 + N / df)`), in `titleWords` order. */
  titleWordWeights: number[];
  /** Stemmed content words of the abstract, as ids, ascending and unique. */
  abstractWords: Uint32Array;
  /** Ids of the words of title and abstract, ascending and unique, for blocking (`candidates.ts`). */
  wordIds: Uint32Array;
  /** Word triples of the abstract without boilerplate (see `withoutCommonShingles`). */
  shingles?: Uint32Array;
  vector?: SparseVector;
  /** The record's date, or the month its arXiv id encodes. */
  date?: string;
  /** Family names, lower-cased, accents removed, in order. */
  surnames: string[];
  authorsTruncated: boolean;
  code?: string;
}

/** A word triple in more records than this (or 1% of them) is boilerplate, not evidence. */
const commonShingleRecords = 20;

export function recordFeatures(records: readonly SourceRecord[]): RecordFeatures[] {
  const vocabulary = new Vocabulary();
  // Identical abstracts (a paper copied verbatim between documents) are read and fingerprinted once.
  const byText = new Map<string, { ids: number[]; shingles: Uint32Array }>();
  const read = records.map((record) => {
    if (!record.abstract) return undefined;
    let known = byText.get(record.abstract);
    if (!known) {
      const { ids, hashes } = vocabulary.read(record.abstract);
      known = { ids, shingles: shinglesOfWords(hashes) };
      byText.set(record.abstract, known);
    }
    return known;
  });
  const shingles = withoutCommonShingles(read.map((entry) => entry?.shingles), Math.max(commonShingleRecords, records.length / 100));
  const abstractIds = read.map((entry) => entry?.ids);
  const titleIds = records.map((record) => (record.title ? vocabulary.ids(record.title) : []));
  const vectors = tfidfVectors(abstractIds, vocabulary.size);
  const abstractSets = vectors.map((vector) => vector?.terms ?? new Uint32Array(0));
  const documentFrequency = new Uint32Array(vocabulary.size);
  for (const words of abstractSets) for (const id of words) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const abstracts = abstractSets.filter((words) => words.length > 0).length;
  const distinctiveness = (id: number) => Math.log(1 + abstracts / Math.max(1, documentFrequency[id] ?? 0));

  return records.map((record, index) => {
    const key = record.title ? workTitleKey(record.title) : '';
    const date = record.date?.value ?? (record.arxiv ? monthOfArxivId(record.arxiv) : undefined);
    const titleWords = titleIds[index] ?? [];
    const abstractWords = abstractSets[index] ?? new Uint32Array(0);
    const features: RecordFeatures = {
      titleWords,
      titleWordWeights: titleWords.map(distinctiveness),
      abstractWords,
      wordIds: titleWords.length === 0 ? abstractWords : Uint32Array.from(new Set([...titleWords, ...abstractWords])).sort(),
      surnames: (record.authors ?? []).map(surnameOf).filter((name) => name.length > 0),
      authorsTruncated: Boolean(record.authorsTruncated),
    };
    if (key) features.titleKey = key;
    const recordShingles = shingles[index];
    if (recordShingles) features.shingles = recordShingles;
    const vector = vectors[index];
    if (vector) features.vector = vector;
    if (date) features.date = date;
    if (record.links?.code) features.code = normaliseUrl(record.links.code);
    return features;
  });
}

/** Whether sorted `values` holds `value`. */
export function hasSorted(values: Uint32Array, value: number): boolean {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = values[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** "Maren Oyelaran" → `oyelaran`; "Oyelaran, Maren" → `oyelaran`; "J. van der Berg" → `berg`. */
export function surnameOf(name: string): string {
  const family = name.includes(',') ? (name.split(',')[0] ?? '') : name;
  const words = family
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}]+/gu);
  return words?.at(-1) ?? '';
}

/** Scheme, `www.`, a trailing slash and `.git` do not make another repository. */
export function normaliseUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/(\.git)?\/*$/, '');
}

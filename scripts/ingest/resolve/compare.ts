/**
 * The comparisons: for a pair of records, the level each signal falls into (see `weights.ts` for
 * what each level weighs and why). A signal returns `undefined` when it cannot be compared.
 */
import type { SourceRecord } from '../model.ts';
import { hasSorted, type RecordFeatures } from './features.ts';
import { containment } from './shingles.ts';
import { cosine } from './tfidf.ts';
import { cutoffs, levels, weightOf, type Signal } from './weights.ts';

export interface Side {
  record: SourceRecord;
  features: RecordFeatures;
}

export interface Comparison {
  signal: Signal;
  level: string;
  /** The measured value behind the level, where there is one (a similarity, a share). */
  value?: number;
  weight: number;
}

type Comparator = (a: Side, b: Side) => { level: string; value?: number } | undefined;

const comparators: Record<Signal, Comparator> = {
  arxivId: (a, b) => (a.record.arxiv && a.record.arxiv === b.record.arxiv ? { level: 'same' } : undefined),
  doi: (a, b) =>
    a.record.doi && b.record.doi && a.record.doi.toLowerCase() === b.record.doi.toLowerCase() ? { level: 'same' } : undefined,
  // Different titles are rule 3 in weights.ts, a constraint rather than a weight.
  title: (a, b) => (a.features.titleKey && a.features.titleKey === b.features.titleKey ? { level: 'same' } : undefined),
  titleInAbstract: (a, b) => {
    const [titled, other] = a.features.titleKey && !b.features.titleKey ? [a, b] : b.features.titleKey && !a.features.titleKey ? [b, a] : [];
    if (!titled || !other || other.features.abstractWords.length === 0 || titled.features.titleWords.length === 0) return undefined;
    // Weighted by how distinctive each word is: a title's rare word missing from the abstract says
    // more than its field's common words being there.
    const { titleWords, titleWordWeights } = titled.features;
    let found = 0;
    let total = 0;
    let keyWord = { weight: 0, found: true };
    // The name a paper gives itself: its title's most distinctive word that its own abstract uses too.
    let ownName = { weight: 0, found: true };
    titleWords.forEach((word, index) => {
      const weight = titleWordWeights[index] ?? 1;
      const present = hasSorted(other.features.abstractWords, word);
      total += weight;
      if (present) found += weight;
      if (weight > keyWord.weight) keyWord = { weight, found: present };
      if (weight > ownName.weight && hasSorted(titled.features.abstractWords, word)) ownName = { weight, found: present };
    });
    const share = total === 0 ? 0 : found / total;
    const { keyWord: keyShare, ownName: ownNameShare } = cutoffs.titleInAbstract;
    const keyMissing =
      (!keyWord.found && keyWord.weight >= keyShare * total) || (!ownName.found && ownName.weight >= ownNameShare * total);
    const level = keyMissing ? 'few' : share >= cutoffs.titleInAbstract.all ? 'all' : share >= cutoffs.titleInAbstract.most ? 'most' : 'few';
    return { level, value: share };
  },
  abstract: (a, b) => {
    if (!a.features.shingles?.length || !b.features.shingles?.length || !a.features.vector || !b.features.vector) return undefined;
    const shared = containment(a.features.shingles, b.features.shingles);
    if (shared >= cutoffs.triples.copy) return { level: 'copy', value: shared };
    if (shared >= cutoffs.triples.revised) return { level: 'revised', value: shared };
    const value = cosine(a.features.vector, b.features.vector);
    const { rewritten, related, sameTheme } = cutoffs.cosine;
    return { level: value >= rewritten ? 'rewritten' : value >= related ? 'related' : value >= sameTheme ? 'sameTheme' : 'different', value };
  },
  date: (a, b) => {
    const left = a.features.date;
    const right = b.features.date;
    if (!left || !right) return undefined;
    if (left.length === 10 && left === right) return { level: 'sameDay' };
    const precision = Math.min(left.length, right.length);
    if (precision >= 7 && left.slice(0, 7) === right.slice(0, 7)) return { level: 'sameMonth' };
    const years = Math.abs(Number(left.slice(0, 4)) - Number(right.slice(0, 4)));
    if (years === 0) return { level: 'sameYear' };
    return { level: years <= 2 ? 'withinTwoYears' : 'farApart', value: years };
  },
  code: (a, b) => {
    if (!a.features.code || !b.features.code) return undefined;
    return { level: a.features.code === b.features.code ? 'same' : 'different' };
  },
  firstAuthor: (a, b) => {
    const left = a.features.surnames[0];
    const right = b.features.surnames[0];
    if (!left || !right) return undefined;
    return { level: left === right ? 'same' : 'different' };
  },
  authors: (a, b) => {
    const share = authorOverlap(a.features, b.features);
    if (share === undefined) return undefined;
    return { level: share >= 1 ? 'all' : share >= cutoffs.authorsSome ? 'some' : 'none', value: share };
  },
  category: (a, b) => {
    if (!a.record.category || !b.record.category) return undefined;
    return { level: a.record.category.toLowerCase() === b.record.category.toLowerCase() ? 'same' : 'different' };
  },
  venue: (a, b) =>
    a.record.venue && b.record.venue && a.record.venue.toLowerCase() === b.record.venue.toLowerCase() ? { level: 'same' } : undefined,
};

/**
 * The share of the shorter author list found in the other, by family name. A list cut short by
 * "et al." is compared as far as it goes, so a truncated list is no evidence against.
 */
export function authorOverlap(a: RecordFeatures, b: RecordFeatures): number | undefined {
  if (a.surnames.length === 0 || b.surnames.length === 0) return undefined;
  const [shorter, longer] = a.surnames.length <= b.surnames.length ? [a.surnames, b.surnames] : [b.surnames, a.surnames];
  const others = new Set(longer);
  return shorter.filter((name) => others.has(name)).length / shorter.length;
}

export function compareRecords(a: Side, b: Side): Comparison[] {
  const comparisons: Comparison[] = [];
  for (const signal of Object.keys(levels) as Signal[]) {
    const outcome = comparators[signal](a, b);
    if (!outcome) continue;
    comparisons.push({ signal, ...outcome, weight: weightOf(signal, outcome.level) });
  }
  return comparisons;
}

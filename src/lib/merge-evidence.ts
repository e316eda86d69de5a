/**
 * Why two records were joined, as the report shows it: the kind of link, its total weight and each
 * signal's level and contribution, so an owner can see what decided and overrule it in
 * `content/merges.yaml`. The ingest builds it (`scripts/ingest/resolve/evidence.ts`); the report
 * prints it.
 */

/** Two records of one work; another version of it, with its own DOI; or the owner's word. */
export type LinkKind = 'record' | 'version' | 'owner';

export interface MergeEvidence {
  /** The two records the link joined, as `document:line`. */
  between: [string, string];
  kind: LinkKind;
  /** The summed weight (log2 likelihood ratio); 0 for the owner's links. */
  weight: number;
  signals: { signal: string; level: string; value?: number; weight: number }[];
}

const signalNames: Record<string, string> = {
  arxivId: 'arXiv id',
  doi: 'DOI',
  title: 'title',
  titleInAbstract: 'title words in the abstract',
  abstract: 'abstract',
  date: 'date',
  code: 'code repository',
  firstAuthor: 'first author',
  authors: 'authors',
  category: 'category',
  venue: 'venue',
};

const kindNames: Record<LinkKind, string> = { record: 'same work', version: 'another version of the work (its own DOI)', owner: 'the owner said so' };

const words = (camel: string) => camel.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;

/** `a.txt:3 + b.txt:8, same work, +14.2: arXiv id same +14.9, date same day +2.9, …` */
export function formatEvidence(evidence: MergeEvidence): string {
  const head = `${evidence.between.join(' + ')}, ${kindNames[evidence.kind]}`;
  if (evidence.kind === 'owner') return `${head} (content/merges.yaml)`;
  const signals = evidence.signals.map(
    (signal) => `${signalNames[signal.signal] ?? signal.signal} ${words(signal.level)}${signal.value === undefined ? '' : ` (${signal.value})`} ${signed(signal.weight)}`,
  );
  return `${head}, ${signed(evidence.weight)}: ${signals.join(', ')}`;
}

/**
 * Which records describe the same work: records → works, each work holding one or more versions.
 *
 * Candidate pairs (`candidates.ts`) are scored by summing the weights of the signals they agree or
 * disagree on (`compare.ts`; the weights, thresholds, rules and traps are in `weights.ts`). Pairs that
 * reach the threshold are linked strongest first, and each link must respect what the two works
 * already hold:
 *
 *   - at most one arXiv id per work;
 *   - different DOIs only through a *version* link: titles equal after normalisation and author
 *     lists that overlap (a conference paper, its journal version and a preprint's DOI);
 *   - titled records only with titles equal after normalisation, unless the link is an id;
 *   - nothing the owner's `content/merges.yaml` keeps apart (`different:`); what it joins
 *     (`same:`) is joined first, whatever the evidence.
 *
 * So an untitled, id-less record can never bridge two works, and the order of the documents does not
 * decide which link wins.
 */
import type { SourceRecord } from '../model.ts';
import { candidatePairs } from './candidates.ts';
import { compareRecords, authorOverlap, type Comparison } from './compare.ts';
import { recordFeatures, type RecordFeatures } from './features.ts';
import { matchThreshold, unrelatedAbstracts } from './weights.ts';
import { cosine } from './tfidf.ts';

export interface Link {
  a: number;
  b: number;
  /** `record`: the same version; `version`: two versions of one work; `owner`: content/merges.yaml. */
  kind: 'record' | 'version' | 'owner';
  /** The summed weight (log2 likelihood ratio). */
  weight: number;
  comparisons: Comparison[];
}

/** The owner's word: records matching one side are (or are not) the same work as those matching the other. */
export interface OwnerConstraints {
  same: [number[], number[]][];
  different: [number[], number[]][];
}

interface WorkState {
  arxiv: Set<string>;
  doi: Set<string>;
  titles: Set<string>;
  /** `i:left` / `i:right` for each `different` constraint the work's records match. */
  sides: Set<string>;
}

class Works {
  private readonly parent: number[];
  private readonly state = new Map<number, WorkState>();

  constructor(records: readonly SourceRecord[], features: readonly RecordFeatures[], sides: Map<number, string[]>) {
    this.parent = records.map((_, index) => index);
    records.forEach((record, index) => {
      const titleKey = features[index]?.titleKey;
      this.state.set(index, {
        arxiv: new Set(record.arxiv ? [record.arxiv] : []),
        doi: new Set(record.doi ? [record.doi.toLowerCase()] : []),
        titles: new Set(titleKey ? [titleKey] : []),
        sides: new Set(sides.get(index) ?? []),
      });
    });
  }

  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    for (let node = index; this.parent[node] !== root; ) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Joins the works of `a` and `b` if `link` may: see the header. */
  union(link: Pick<Link, 'a' | 'b' | 'kind'>, evidence: { sharesId: boolean; versions: boolean }): boolean {
    const rootA = this.find(link.a);
    const rootB = this.find(link.b);
    if (rootA === rootB) return false;
    const left = this.state.get(rootA) as WorkState;
    const right = this.state.get(rootB) as WorkState;
    if (link.kind !== 'owner') {
      if (conflicting(left.arxiv, right.arxiv)) return false;
      if (!evidence.versions && conflicting(left.doi, right.doi)) return false;
      if (!evidence.sharesId && conflicting(left.titles, right.titles)) return false;
      for (const side of left.sides) if (right.sides.has(opposite(side))) return false;
    }
    const [keep, drop] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[drop] = keep;
    this.state.set(keep, {
      arxiv: new Set([...left.arxiv, ...right.arxiv]),
      doi: new Set([...left.doi, ...right.doi]),
      titles: new Set([...left.titles, ...right.titles]),
      sides: new Set([...left.sides, ...right.sides]),
    });
    this.state.delete(drop);
    return true;
  }
}

const opposite = (side: string) => (side.endsWith(':left') ? side.replace(/:left$/, ':right') : side.replace(/:right$/, ':left'));

/** Both sets hold values and share none. */
function conflicting(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const value of a) if (b.has(value)) return false;
  return true;
}

export interface Clustering {
  /** Indexes into the input, each cluster in input order, clusters ordered by their first record. */
  clusters: number[][];
  /** The links that joined clusters, with their evidence, for the report. */
  links: Link[];
}

/**
 * Versions of one work: titles equal after normalisation, author lists on both sides that overlap,
 * no two arXiv ids, and abstracts (where both have one) that are not unrelated.
 */
export function isVersionPair(a: SourceRecord, b: SourceRecord, fa: RecordFeatures, fb: RecordFeatures): boolean {
  if (!fa.titleKey || fa.titleKey !== fb.titleKey) return false;
  if (a.arxiv && b.arxiv && a.arxiv !== b.arxiv) return false;
  if (!((authorOverlap(fa, fb) ?? 0) > 0)) return false;
  return !(fa.vector && fb.vector && cosine(fa.vector, fb.vector) < unrelatedAbstracts);
}

export function clusterRecords(records: readonly SourceRecord[], owner: OwnerConstraints = { same: [], different: [] }): Clustering {
  const features = recordFeatures(records);
  const sides = new Map<number, string[]>();
  owner.different.forEach(([left, right], index) => {
    for (const [members, side] of [[left, 'left'], [right, 'right']] as const) {
      for (const member of members) sides.set(member, [...(sides.get(member) ?? []), `${index}:${side}`]);
    }
  });
  const works = new Works(records, features, sides);
  const links: Link[] = [];
  for (const [left, right] of owner.same) {
    const members = [...left, ...right];
    for (const member of members.slice(1)) {
      const link: Link = { a: members[0] as number, b: member, kind: 'owner', weight: 0, comparisons: [] };
      if (works.union(link, { sharesId: true, versions: true })) links.push(link);
    }
  }

  const scored: (Link & { sharesId: boolean; versions: boolean })[] = [];
  for (const [a, b] of candidatePairs(records, features)) {
    const left = records[a] as SourceRecord;
    const right = records[b] as SourceRecord;
    if (left.arxiv && right.arxiv && left.arxiv !== right.arxiv) continue;
    const sides = [
      { record: left, features: features[a] as RecordFeatures },
      { record: right, features: features[b] as RecordFeatures },
    ] as const;
    const comparisons = compareRecords(...sides);
    const weight = comparisons.reduce((sum, comparison) => sum + comparison.weight, 0);
    if (weight < matchThreshold) continue;
    const differentDois = Boolean(left.doi && right.doi && left.doi.toLowerCase() !== right.doi.toLowerCase());
    const version = isVersionPair(left, right, sides[0].features, sides[1].features);
    if (differentDois && !version) continue;
    const sharesId = comparisons.some((comparison) => comparison.signal === 'arxivId' || comparison.signal === 'doi');
    scored.push({ a, b, kind: differentDois ? 'version' : 'record', weight, comparisons, sharesId, versions: version });
  }
  scored.sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const { sharesId, versions, ...link } of scored) if (works.union(link, { sharesId, versions })) links.push(link);

  const byRoot = new Map<number, number[]>();
  records.forEach((_, index) => {
    const root = works.find(index);
    const members = byRoot.get(root);
    if (members) members.push(index);
    else byRoot.set(root, [index]);
  });
  return { clusters: [...byRoot.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0)), links };
}

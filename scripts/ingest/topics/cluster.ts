/**
 * Papers grouped by what they are about, before any group is named: TF-IDF vectors of their word
 * stems (title words count twice; word pairs added little and doubled the cost), clustered by spherical k-means (cosine
 * similarity to each group's mean direction). Deterministic: the k-means++ start draws from a fixed
 * seed, so the same papers always give the same groups.
 *
 * Terms in one paper only cannot make two papers alike and are dropped; that also keeps the
 * vectors short (about a hundred terms a paper), so an iteration over 2,000 papers and 60 groups is
 * a few million multiplications.
 */
import type { TopicSource } from './source.ts';
import type { Token } from './words.ts';
import { sparseDot, type SparseVector } from '../vectors/sparse-vector.ts';

export { sparseDot, type SparseVector };

/** A paper's vector: term ids and weights, unit length. */
export function paperVectors(papers: readonly TopicSource[]): SparseVector[] {
  // Counts are gathered in one array over all terms, touched terms listed per paper: a Map of
  // counts per paper was most of the cost of building the vectors.
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts: number[] = [];
  const lastPaper: number[] = [];
  const raw = papers.map((paper, index) => {
    const touched: number[] = [];
    const add = (runs: readonly (readonly Token[])[], weight: number) => {
      for (const run of runs)
        for (const token of run) {
          if (token.role.weak) continue;
          let id = ids.get(token.stem);
          if (id === undefined) {
            ids.set(token.stem, (id = ids.size));
            documentFrequency.push(0);
            counts.push(0);
            lastPaper.push(-1);
          }
          if (lastPaper[id] !== index) {
            lastPaper[id] = index;
            touched.push(id);
            (documentFrequency[id] as number) += 1;
          }
          (counts[id] as number) += weight;
        }
    };
    add(paper.titleRuns, 3);
    add(paper.abstractRuns, 1);
    const termCounts = touched.map((id) => {
      const count = counts[id] as number;
      counts[id] = 0;
      return count;
    });
    return { touched, termCounts };
  });
  // Kept terms renumbered densely: group centres are arrays over them.
  const kept = new Int32Array(documentFrequency.length).fill(-1);
  let keptCount = 0;
  documentFrequency.forEach((frequency, id) => {
    if (frequency >= 2) kept[id] = keptCount++;
  });
  // Each paper's weights are set by term in one shared array and read back in term order: sorting
  // the ids as a typed array (no comparator, no pairs) halved the cost of this step.
  const weightOf = new Float64Array(keptCount);
  return raw.map(({ touched, termCounts }) => {
    const terms: number[] = [];
    touched.forEach((id, at) => {
      const term = kept[id] as number;
      if (term < 0) return;
      terms.push(term);
      weightOf[term] =
        (1 + Math.log(termCounts[at] as number)) * Math.log(papers.length / (documentFrequency[id] as number));
    });
    const sorted = Uint32Array.from(terms).sort();
    const weights = new Float64Array(sorted.length);
    for (let index = 0; index < sorted.length; index += 1) weights[index] = weightOf[sorted[index] as number] as number;
    normalise(weights);
    return { terms: sorted, weights };
  });
}

/**
 * Scales to unit length the `count` values of `values` from `start`, `stride` apart: a paper's
 * weights (adjacent), or one centre's among all centres' (see `Centres`).
 */
function normalise(values: Float64Array, start = 0, stride = 1, count = values.length): void {
  let norm = 0;
  for (let index = 0; index < count; index += 1) {
    const value = values[start + index * stride] as number;
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let index = 0; index < count; index += 1) (values[start + index * stride] as number) /= norm;
}

/**
 * Group centres, dense over the terms, stored term by term (the `k` centres' weights for term 0,
 * then for term 1…): a paper is compared with every centre in one pass over its terms, reading
 * each term's weights side by side. Sums run over the terms in the same order as a dot product
 * with one centre would, so the scores, and the groups, are the same to the last bit.
 */
class Centres {
  readonly values: Float64Array;
  readonly count: number;
  constructor(dimension: number, count: number) {
    this.count = count;
    this.values = new Float64Array(dimension * count);
  }

  set(centre: number, vector: SparseVector): void {
    vector.terms.forEach((term, index) => (this.values[term * this.count + centre] = vector.weights[index] as number));
  }

  similarity(vector: SparseVector, centre: number): number {
    let sum = 0;
    for (let index = 0; index < vector.terms.length; index += 1)
      sum +=
        (vector.weights[index] as number) *
        (this.values[(vector.terms[index] as number) * this.count + centre] as number);
    return sum;
  }

  /** The most similar centre (the first of equals). `scores` is scratch space of `count` entries. */
  closest(vector: SparseVector, scores: Float64Array): number {
    scores.fill(0);
    for (let index = 0; index < vector.terms.length; index += 1) {
      const weight = vector.weights[index] as number;
      const row = (vector.terms[index] as number) * this.count;
      for (let centre = 0; centre < this.count; centre += 1)
        (scores[centre] as number) += weight * (this.values[row + centre] as number);
    }
    let best = 0;
    let bestScore = -Infinity;
    scores.forEach((score, centre) => {
      if (score > bestScore) {
        bestScore = score;
        best = centre;
      }
    });
    return best;
  }

  /** Each centre the mean direction of its papers. */
  recompute(vectors: readonly SparseVector[], assignment: readonly number[]): void {
    this.values.fill(0);
    vectors.forEach((vector, paper) => {
      const centre = assignment[paper] as number;
      vector.terms.forEach(
        (term, index) => ((this.values[term * this.count + centre] as number) += vector.weights[index] as number),
      );
    });
    const dimension = this.values.length / this.count;
    for (let centre = 0; centre < this.count; centre += 1) normalise(this.values, centre, this.count, dimension);
  }
}

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Groups settle in a few rounds; the last rounds move a paper or two. */
const maximumIterations = 12;

/**
 * The group of each paper, `0 … groups - 1`. A paper with no shared term (nothing in common with
 * any other paper) is put with the first group; the naming step gives it a topic of its own if no
 * group's phrase fits it.
 */
export function clusterPapers(vectors: readonly SparseVector[], groups: number, seed = 1): number[] {
  if (groups <= 1 || vectors.length <= 1) return vectors.map(() => 0);
  // k-means finds a local optimum that depends on its start; with few papers one bad start splits a
  // pair of near-identical papers. Small collections are clustered from several starts, the
  // tightest grouping kept; large ones have too many papers for one start to matter much.
  const starts = vectors.length <= 200 ? 8 : 1;
  let best: { assignment: number[]; cohesion: number } | undefined;
  for (let start = 0; start < starts; start += 1) {
    const run = kMeans(vectors, groups, seed + start);
    if (!best || run.cohesion > best.cohesion + 1e-9) best = run;
  }
  return (best as { assignment: number[] }).assignment;
}

/** One run of spherical k-means; `cohesion` is the summed similarity of papers to their centres. */
function kMeans(
  vectors: readonly SparseVector[],
  groups: number,
  seed: number,
): { assignment: number[]; cohesion: number } {
  const count = vectors.length;
  const dimension = vectors.reduce((max, vector) => Math.max(max, (vector.terms.at(-1) ?? -1) + 1), 0);
  const random = seeded(seed);
  const centres = new Centres(dimension, Math.min(groups, count));
  // k-means++: each next centre drawn with probability growing with its distance from the others.
  centres.set(0, vectors[Math.floor(random() * count)] as SparseVector);
  const nearest = vectors.map((vector) => 1 - centres.similarity(vector, 0));
  for (let next = 1; next < centres.count; next += 1) {
    const total = nearest.reduce((sum, distance) => sum + distance, 0);
    let target = random() * total;
    let chosen = count - 1;
    for (let paper = 0; paper < count; paper += 1) {
      target -= nearest[paper] as number;
      if (target <= 0) {
        chosen = paper;
        break;
      }
    }
    centres.set(next, vectors[chosen] as SparseVector);
    vectors.forEach(
      (vector, paper) => (nearest[paper] = Math.min(nearest[paper] as number, 1 - centres.similarity(vector, next))),
    );
  }

  const scores = new Float64Array(centres.count);
  let assignment = vectors.map(() => -1);
  for (let iteration = 0; iteration < maximumIterations; iteration += 1) {
    const next = vectors.map((vector) => centres.closest(vector, scores));
    const changed = next.filter((group, paper) => group !== assignment[paper]).length;
    assignment = next;
    // Once fewer than one paper in 200 moves, further rounds only shuffle the borders.
    if (changed === 0 || (iteration > 0 && changed * 200 < count)) break;
    centres.recompute(vectors, assignment);
  }
  let cohesion = 0;
  vectors.forEach((vector, paper) => (cohesion += centres.similarity(vector, assignment[paper] as number)));
  return { assignment, cohesion };
}

/**
 * Groups of one paper folded into the group nearest to them, while there are more than `allowed`
 * of them: a person rarely calls one paper a research topic. Returns the groups' new numbering.
 */
export function foldSingletons(vectors: readonly SparseVector[], assignment: number[], allowed: number): number[] {
  const sizes = new Map<number, number>();
  for (const group of assignment) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  const singles = assignment.flatMap((group, paper) => (sizes.get(group) === 1 ? [paper] : []));
  const groups = [...sizes.keys()];
  for (const paper of singles.slice(allowed)) {
    const own = assignment[paper] as number;
    const others = groups.filter((group) => group !== own && (sizes.get(group) ?? 0) > 0);
    if (others.length === 0) continue;
    // The nearest other group by mean similarity to its papers.
    let best = others[0] as number;
    let bestScore = -Infinity;
    for (const group of others) {
      let score = 0;
      let members = 0;
      assignment.forEach((other, index) => {
        if (other !== group) return;
        score += sparseDot(vectors[paper] as SparseVector, vectors[index] as SparseVector);
        members += 1;
      });
      if (score / members > bestScore) {
        bestScore = score / members;
        best = group;
      }
    }
    sizes.set(own, 0);
    sizes.set(best, (sizes.get(best) ?? 0) + 1);
    assignment[paper] = best;
  }
  // Renumbered 0 … k - 1 in order of first appearance.
  const renumber = new Map<number, number>();
  return assignment.map((group) => {
    if (!renumber.has(group)) renumber.set(group, renumber.size);
    return renumber.get(group) as number;
  });
}

/**
 * Record linkage: which records describe the same work. Every weight and threshold lives here.
 *
 * Model (Fellegi–Sunter, as in Splink). For each candidate pair of records, each signal below is
 * compared and falls into one level. A level has two probabilities: m, how often a pair of records of
 * the same work shows it, and u, how often a pair of records of different works by the same owner
 * does (so u is measured among her own papers, not among random ones: two papers by one author
 * on one day are common). The level adds log2(m/u) to the pair's match weight; a signal that
 * cannot be compared (a record without a title, an abstract, a date) adds nothing. A pair whose
 * weight reaches `matchThreshold` is one work. The probabilities were measured on the labelled
 * pairs in tests/fixtures/linkage/ (each level's share among the pairs of one work, and among the
 * pairs of different works, where the signal could be compared), then rounded and, where a level
 * was never seen on one side, set to a small value; `npm run bench` reports precision and recall.
 *
 * Rules that no weight can overrule, and the traps they guard against:
 *
 *   1. Two records with different arXiv ids are never one work. (Two papers by one author, same
 *      day, near-identical abstracts: a listing holds both.)
 *   2. Two records with different DOIs are never the same *version*. They are versions of one work
 *      (a conference paper, its journal version, a preprint server's copy) when their titles match
 *      after `title-key.ts` normalisation and their author lists overlap; see `isVersionPair`.
 *   3. Two titled records whose titles differ in a content word are different works, unless they
 *      share an id: "Planar Graph Isomorphism …" and "3-Connected Planar Graph Isomorphism …",
 *      "Incentive-Compatible Routing …" and "Incentive-Compatible Truthful Routing …".
 *   4. Links are made strongest first, and a link that would put two records kept apart by rules
 *      1–3 (or by the owner's `content/merges.yaml`) into one work is refused, so an untitled
 *      record cannot bridge two works.
 *
 * Traps the weights guard against: abstracts rewritten between arXiv versions (word triples overlap
 * 0.1–0.3, so the content-word cosine carries them), abstracts an aggregator cut short (triples are
 * compared by containment in the longer one), one author's sibling papers sharing phrases and
 * vocabulary (the cosine uses TF-IDF, and its lower bands weigh against), the same day for two papers (a date
 * alone never reaches the threshold), truncated "et al." author lists (overlap is judged against the
 * shorter list), and titles with no record to compare (the words of a title found in the other
 * record's abstract).
 */

export interface Level {
  /** P(level | same work). */
  m: number;
  /** P(level | different works by the same owner). */
  u: number;
}

/** The signals, each with its levels. Weights are `log2(m / u)`. */
export const levels = {
  arxivId: { same: { m: 0.6, u: 0.00002 } },
  doi: { same: { m: 0.5, u: 0.00002 } },
  title: { same: { m: 0.9, u: 0.002 } },
  titleInAbstract: {
    all: { m: 0.5, u: 0.03 },
    most: { m: 0.27, u: 0.05 },
    few: { m: 0.1, u: 0.9 },
  },
  /**
   * One comparison at two grains, so that a near copy is not counted twice: word triples
   * (containment) for copies and light revisions, then the TF-IDF cosine of stemmed content words
   * for rewrites. Sibling papers share phrases ("annual maximum flows at 312 gauges") but not their
   * distinctive words, which is why a triple overlap below `revised` counts for nothing by itself.
   */
  abstract: {
    copy: { m: 0.3, u: 0.0003 },
    revised: { m: 0.35, u: 0.001 },
    rewritten: { m: 0.45, u: 0.003 },
    related: { m: 0.13, u: 0.015 },
    sameTheme: { m: 0.03, u: 0.03 },
    different: { m: 0.02, u: 0.95 },
  },
  date: {
    sameDay: { m: 0.3, u: 0.04 },
    sameMonth: { m: 0.15, u: 0.02 },
    sameYear: { m: 0.3, u: 0.2 },
    withinTwoYears: { m: 0.25, u: 0.6 },
    farApart: { m: 0.01, u: 0.06 },
  },
  code: {
    same: { m: 0.3, u: 0.001 },
    different: { m: 0.005, u: 0.1 },
  },
  firstAuthor: {
    same: { m: 0.95, u: 0.7 },
    different: { m: 0.05, u: 0.3 },
  },
  authors: {
    all: { m: 0.95, u: 0.42 },
    some: { m: 0.05, u: 0.55 },
    none: { m: 0.01, u: 0.3 },
  },
  category: {
    same: { m: 0.8, u: 0.6 },
    different: { m: 0.05, u: 0.4 },
  },
  venue: { same: { m: 0.3, u: 0.05 } },
} as const satisfies Record<string, Record<string, Level>>;

export type Signal = keyof typeof levels;

/** Cut-offs that put a comparison into a level. */
export const cutoffs = {
  /** Share of the shorter abstract's word triples found in the other (containment). */
  triples: { copy: 0.6, revised: 0.3 },
  /** TF-IDF cosine of the abstracts' stemmed content words. */
  cosine: { rewritten: 0.55, related: 0.4, sameTheme: 0.25 },
  /**
   * Share of a title's content words found in the other record's abstract, each weighted by how
   * distinctive it is. A title whose most distinctive word (carrying at least `keyWord` of the
   * weight: a method's name, "kagome") is missing counts as `few` whatever the share: a field's common
   * words are in every abstract of the field. So does a title whose own record's abstract uses its
   * most distinctive word (the name the paper gives itself, "FloodNet"), carrying at least `ownName`
   * of the weight, when the other abstract lacks it: in a longer title the name carries less than
   * `keyWord`, and a sibling paper's abstract has all the rest ("learning flood extent maps from
   * radar imagery"). Words the title alone uses ("Revisited") are no name, and count as any word.
   */
  titleInAbstract: { all: 0.85, most: 0.5, keyWord: 0.3, ownName: 0.2 },
  /** Share of the shorter author list found in the other. */
  authorsSome: 0.01,
} as const;

/** A pair whose summed weight reaches this is one work (a match probability of about 0.98). */
export const matchThreshold = 6;

/** Below this cosine, two abstracts are unrelated, and equal titles do not make them one work. */
export const unrelatedAbstracts = 0.12;

export function weightOf(signal: Signal, level: string): number {
  const found = (levels[signal] as Record<string, Level>)[level];
  return found ? Math.log2(found.m / found.u) : 0;
}

/**
 * Stage 3: topics. The owner's `content/topics.yaml` is the taxonomy when it exists, and is only
 * ever appended to (for papers none of its topics covers), so slugs stay stable. Without it (or
 * when an unedited one no longer fits the papers), a taxonomy is derived from the papers.
 */
import type { Topic } from '../../../src/schema/topics.ts';
import { definedAcronyms } from '../topics/acronyms.ts';
import { assignAll } from '../topics/assign.ts';
import { deriveTopics, groupCount } from '../topics/derive.ts';
import { compileTopics } from '../topics/match.ts';
import { topicSource, type TopicSource } from '../topics/source.ts';
import type { TokenCache } from '../topics/words.ts';

export interface TopicInput {
  title: string;
  abstract: string;
}

/** Below this share of papers covered, an unedited derived taxonomy describes some other collection. */
const staleCoverage = 0.5;

/**
 * @param taxonomyIsDerived the taxonomy is exactly what an earlier ingest wrote (the owner has not
 *   edited it). If it then covers less than half of the papers, the documents were replaced (a new
 *   owner, say), and the taxonomy is derived afresh rather than patched with a topic per paper.
 */
export function tagTopics(
  papers: readonly TopicInput[],
  taxonomy: readonly Topic[] | undefined,
  taxonomyIsDerived = false,
) {
  const expansions = definedAcronyms(papers.flatMap((paper) => [paper.title, paper.abstract]));
  const tokens: TokenCache = new Map();
  const sources = papers.map((paper) => topicSource(paper.title, paper.abstract, expansions, tokens));
  const uncovered = taxonomy ? uncoveredBy(taxonomy, sources, expansions) : sources;
  const stale = taxonomy !== undefined && taxonomyIsDerived && uncovered.length > sources.length * (1 - staleCoverage);
  const existing = taxonomy && !stale ? taxonomy : undefined;
  // Topics for the papers the taxonomy misses are found among those papers only: most runs add none.
  const added = !existing
    ? deriveFromSample(sources, expansions)
    : uncovered.length > 0
      ? deriveTopics(uncovered, expansions, existing)
      : [];
  const topics = [...(existing ?? []), ...added];
  const compiled = compileTopics(topics, expansions);
  return {
    topics,
    added,
    /** True when the taxonomy was derived afresh and replaces the file. */
    replaced: stale,
    assignments: assignAll(sources, compiled),
  };
}

/** The papers that none of `topics` tags. */
function uncoveredBy(
  topics: readonly Topic[],
  sources: readonly TopicSource[],
  expansions: ReadonlyMap<string, string[]>,
) {
  const compiled = compileTopics(topics, expansions);
  const assignments = assignAll(sources, compiled);
  return sources.filter((_, index) => assignments[index]?.length === 0);
}

/** Above this many papers, the taxonomy is derived from an even sample of them: it is statistics. */
const derivationSample = 2000;

/**
 * A taxonomy for many papers: derived from every k-th paper, then completed with topics for the
 * papers the sample's topics miss.
 */
function deriveFromSample(sources: readonly TopicSource[], expansions: ReadonlyMap<string, string[]>): Topic[] {
  if (sources.length <= derivationSample) return deriveTopics(sources, expansions);
  const step = sources.length / derivationSample;
  const sample = Array.from(
    { length: derivationSample },
    (_, index) => sources[Math.floor(index * step)] as TopicSource,
  );
  // As many groups as the whole collection calls for, each drawn from fewer papers.
  const fromSample = deriveTopics(sample, expansions, [], groupCount(sources.length));
  return [...fromSample, ...deriveTopics(uncoveredBy(fromSample, sources, expansions), expansions, fromSample)];
}

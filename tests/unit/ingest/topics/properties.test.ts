/**
 * Properties of the topic stage on random collections drawn from the invented researchers (papers
 * of several fields mixed, any number from one to sixty): every paper gets one to three topics; a
 * taxonomy the owner edited is never rewritten, only appended to; a slug, once given, never changes.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureResearchers } from '../../../../scripts/bench/topic-quality.ts';
import { seededRandom, type Random } from '../../../../scripts/bench/random.ts';
import { tagTopics, type TopicInput } from '../../../../scripts/ingest/stages/tag-topics.ts';
import { assignAll, assignTopics } from '../../../../scripts/ingest/topics/assign.ts';
import { compileTopics } from '../../../../scripts/ingest/topics/match.ts';
import { topicSource } from '../../../../scripts/ingest/topics/source.ts';
import { repositoryRoot } from '../helpers.ts';
import { tagWords } from '../../../../scripts/ingest/topics/part-of-speech.ts';

const pool = [...fixtureResearchers(join(repositoryRoot, 'tests/fixtures/topics')).values()].flat();

/** `count` distinct papers of the pool, in random order; now and then one without an abstract. */
function collection(random: Random, count: number): TopicInput[] {
  const order = pool.map((paper, index) => ({ paper, key: random.next(), index }));
  order.sort((a, b) => a.key - b.key || a.index - b.index);
  return order.slice(0, count).map(({ paper }) => (random.chance(0.1) ? { title: paper.title, abstract: '' } : paper));
}

// The part-of-speech model loads once, before the tests, rather than within the first test's time.
beforeAll(() => void tagWords(['the']));

const seeds = Array.from({ length: 12 }, (_, index) => index + 1);

describe('the topic stage on random collections', () => {
  it.each(seeds)('gives every paper one to three topics (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const papers = collection(random, 1 + random.integer(60));
    const { assignments } = tagTopics(papers, undefined);
    expect(assignments).toHaveLength(papers.length);
    for (const slugs of assignments) {
      expect(slugs.length).toBeGreaterThanOrEqual(1);
      expect(slugs.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(seeds)('never rewrites an edited taxonomy, only appends to it, and keeps every slug (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const papers = collection(random, 10 + random.integer(50));
    const first = papers.slice(0, Math.ceil(papers.length / 2));
    const derived = tagTopics(first, undefined).topics;
    // The owner renames a label and adds a keyword: the taxonomy is no longer what the ingest wrote.
    const edited = derived.map((topic, index) =>
      index === 0 ? { ...topic, label: `${topic.label} (mine)`, keywords: [...topic.keywords, 'my own phrase'] } : topic,
    );
    const later = tagTopics(papers, edited, false);
    expect(later.replaced).toBe(false);
    expect(later.topics.slice(0, edited.length)).toEqual(edited);
    expect(later.topics.map((topic) => topic.slug)).toEqual([...edited.map((topic) => topic.slug), ...later.added.map((topic) => topic.slug)]);
    expect(new Set(later.topics.map((topic) => topic.slug)).size).toBe(later.topics.length);
    for (const slugs of later.assignments) expect(slugs.length).toBeGreaterThanOrEqual(1);
  });

  it.each(seeds)('keeps the slugs of an unedited taxonomy that still fits as new papers arrive (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const papers = collection(random, 10 + random.integer(50));
    const first = papers.slice(0, papers.length - 1 - random.integer(3));
    const derived = tagTopics(first, undefined).topics;
    const later = tagTopics(papers, derived, true);
    if (later.replaced) return expect(later.topics).toEqual(tagTopics(papers, undefined).topics);
    expect(later.topics.slice(0, derived.length).map((topic) => topic.slug)).toEqual(derived.map((topic) => topic.slug));
  });

  it.each(seeds)('tags papers through the word index exactly as testing each paper would (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const papers = collection(random, 1 + random.integer(60));
    const { topics } = tagTopics(papers, undefined);
    const compiled = compileTopics(topics, new Map());
    // Titles with an odd `$` pair with the abstract's math: such papers are read differently.
    const sources = papers.map((paper, index) =>
      topicSource(index % 5 === 0 ? `${paper.title} $` : paper.title, paper.abstract, new Map()),
    );
    expect(assignAll(sources, compiled)).toEqual(sources.map((source) => assignTopics(source.text, compiled)));
  });
});

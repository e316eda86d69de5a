/**
 * The topic stage alone, on the invented researchers of `tests/fixtures/topics/` and on the synthetic
 * profiles: how long it takes, and how the taxonomy reads (topics against n, single-paper topics,
 * flagged labels; see `scripts/ingest/topics/quality.ts`). Cheap: no files are written, no site built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../src/lib/yaml.ts';
import { titleFor } from '../ingest/derived-title.ts';
import { documentFormats } from '../ingest/formats/index.ts';
import { identifyOwner } from '../ingest/ownership.ts';
import { readDocuments } from '../ingest/stages/read-documents.ts';
import { selectPublications } from '../ingest/stages/select-publications.ts';
import { tagTopics, type TopicInput } from '../ingest/stages/tag-topics.ts';
import { topicQuality, type TopicQuality } from '../ingest/topics/quality.ts';
import { syntheticDocuments, syntheticOwner } from './synthetic-profile.ts';

export interface TopicRun {
  /** The researcher's fixture folder, or `synthetic N`. */
  name: string;
  ms: number;
  /** CPU milliseconds (user and system): steadier than wall time on a shared machine. */
  cpuMs: number;
  quality: TopicQuality;
  labels: string[];
}

/** Each invented researcher's papers, by folder name. */
export function fixtureResearchers(root: string): Map<string, TopicInput[]> {
  const researchers = new Map<string, TopicInput[]>();
  for (const name of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const data = readYaml(readFileSync(join(root, name, 'papers.yaml'), 'utf8')) as { papers: TopicInput[] };
    researchers.set(name, data.papers);
  }
  return researchers;
}

/** The synthetic profile's publications as the topic stage receives them: read, merged, the owner's only. */
export function syntheticTopicInputs(count: number, seed: number): TopicInput[] {
  const raw = [...syntheticDocuments(count, seed)].map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
  const { documents } = readDocuments(raw, documentFormats);
  const owner = identifyOwner(
    { name: syntheticOwner, aliases: [] },
    documents.map((document) => ({ document: document.name, subject: document.subject })),
  );
  return selectPublications(documents, owner).publications.map((publication) => ({
    title: titleFor(publication),
    abstract: publication.abstract ?? '',
  }));
}

export function measureTopics(name: string, papers: readonly TopicInput[]): TopicRun {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const started = performance.now();
  const startedCpu = cpu();
  const result = tagTopics(papers, undefined);
  const ms = performance.now() - started;
  return {
    name,
    ms,
    cpuMs: cpu() - startedCpu,
    quality: topicQuality(result.topics, result.assignments),
    labels: result.topics.map((topic) => topic.label),
  };
}

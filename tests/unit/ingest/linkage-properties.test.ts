/**
 * Invariants of record linkage, checked over many inputs drawn from the invented researchers of
 * tests/fixtures/linkage/ (seeded, so every run checks the same cases):
 *
 * - records with different arXiv ids are never one publication, whatever else they share;
 * - adding a document never splits a publication;
 * - slugs, and so URLs, never change when documents are added: a publication that holds records
 *   it held before keeps one of its slugs; only a publication of the new document's records alone
 *   gets a new one. (When a document shows two publications to be one work, the merged publication
 *   keeps one of their two slugs.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkageFixtures, loadLabelledSet } from '../../../scripts/bench/linkage.ts';
import { seededRandom } from '../../../scripts/bench/random.ts';
import type { SourceRecord } from '../../../scripts/ingest/model.ts';
import { clusterRecords } from '../../../scripts/ingest/resolve/cluster.ts';
import { cleanUpProjects, makeProject } from './helpers.ts';

cleanUpProjects();

const sets = loadLabelledSet();
const place = (record: SourceRecord) => `${record.source}:${record.line}`;

/** Every subset of `items`, as arrays. */
const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);

describe('record linkage invariants', () => {
  it('never puts two different arXiv ids in one publication, even on copies of one abstract', () => {
    const random = seededRandom(14);
    for (let round = 0; round < 60; round += 1) {
      const set = random.pick(sets);
      // Records of the set, some given a fresh id, some duplicated under another id.
      const records = set.records.flatMap((record, index) => {
        const renamed = random.chance(0.3) ? { ...record, arxiv: `2${String(500 + index).padStart(3, '0')}.${10000 + round}` } : record;
        return random.chance(0.2) ? [renamed, { ...renamed, source: 'copy.txt', arxiv: `2${String(600 + index).padStart(3, '0')}.${20000 + round}` }] : [renamed];
      });
      for (const cluster of clusterRecords(records).clusters) {
        const ids = new Set(cluster.map((index) => records[index]?.arxiv).filter(Boolean));
        expect(ids.size, `${set.folder}, round ${round}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('never splits a publication when a document is added', () => {
    for (const set of sets) {
      const documents = [...new Set(set.records.map((record) => record.source))].sort();
      const groupsOf = (chosen: readonly string[]) => {
        const records = set.records.filter((record) => chosen.includes(record.source));
        return clusterRecords(records).clusters.map((cluster) => cluster.map((index) => place(records[index] as SourceRecord)));
      };
      for (const before of subsets(documents)) {
        const groups = groupsOf(before);
        for (const added of documents.filter((document) => !before.includes(document))) {
          const after = groupsOf([...before, added]);
          for (const group of groups) {
            expect(after.some((cluster) => group.every((member) => cluster.includes(member))), `${set.folder}: ${before.join(', ')} + ${added}: ${group.join(', ')}`).toBe(true);
          }
        }
      }
    }
  });

  it.each(['a complexity theorist', 'an ecologist'])('renames no publication of %s when the documents arrive one at a time, in any order', async (folder) => {
    const sources = join(linkageFixtures, folder, 'content/sources');
    const documents = readdirSync(sources).sort();
    const random = seededRandom(folder.length);
    for (let round = 0; round < 2; round += 1) {
      const order = [...documents].sort(() => random.next() - 0.5);
      const project = await makeProject({ copyContent: join(linkageFixtures, folder, 'content') });
      const all = new Map<string, string>();
      for (const name of documents) all.set(name, await project.read(`content/sources/${name}`));
      for (const name of documents) await project.remove(`content/sources/${name}`);
      let slugs: string[] = [];
      for (const name of order) {
        await project.write(`content/sources/${name}`, all.get(name) ?? '');
        await project.run();
        const files = await project.publicationFiles();
        const now = [...files.keys()];
        for (const slug of now.filter((known) => !slugs.includes(known))) {
          expect(files.get(slug)?.data['sources'], `${folder}: ${order.join(' → ')}, new ${slug} after ${name}`).toEqual([name]);
        }
        slugs = now;
      }
    }
  });
});

/**
 * An ingest with nothing new stops early (scripts/ingest/reconcile/fingerprint.ts): it writes
 * nothing, and reports what a full run would have reported. Anything it reads that differs, or any
 * output that is gone or changed, makes it run in full.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import { cleanUpProjects, exampleSources, fixturesRoot, makeProject, repositoryRoot, type Project } from './helpers.ts';

cleanUpProjects();

const lastRun = 'content/generated/last-run.json';

/** A report without the marker of an early stop, its lists in a stable order. */
function comparable(report: IngestReport): IngestReport {
  const rest: IngestReport = {
    ...report,
    publications: { ...report.publications, unchanged: [...report.publications.unchanged].sort() },
  };
  delete rest.repeated;
  return rest;
}

/** Every file below `content/`, with its modification time, to see that nothing was written. */
async function filesWithTimes(project: Project): Promise<Map<string, number>> {
  const entries = await readdir(join(project.root, 'content'), { recursive: true, withFileTypes: true });
  const times = new Map<string, number>();
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    times.set(path.slice(project.root.length + 1), (await stat(path)).mtimeMs);
  }
  return times;
}

const researchers: [string, () => Promise<Project>][] = [
  ['the example researcher', () => makeProject({ copySources: exampleSources })],
  ['a second researcher', () => makeProject({ copyContent: join(fixturesRoot, 'second researcher/content') })],
  [
    'an owner named in profile.yaml',
    () =>
      makeProject({
        copyContent: join(
          fixturesRoot,
          "an owner named in profile.yaml, a co-author's profile and a shared bibliography/content",
        ),
      }),
  ],
  ['documents with errors in them', () => makeProject({ copySources: join(fixturesRoot, 'bad input') })],
  [
    'an al-folio and a DBLP bibliography',
    async () => {
      const project = await makeProject();
      for (const name of ['al-folio papers of a coastal ecologist.bib', 'dblp export, with crossref.bib']) {
        await project.write(
          `content/sources/${name}`,
          await readFile(join(repositoryRoot, 'tests/fixtures/bibliographies', name)),
        );
      }
      return project;
    },
  ],
];

describe('an ingest with nothing new', () => {
  it.each(researchers)('for %s, stops early, writes nothing and reports what a full run reports', async (_, make) => {
    const project = await make();
    const first = await project.run();
    expect(first.repeated).toBeUndefined();
    const written = await project.snapshot();
    const times = await filesWithTimes(project);

    const repeated = await project.run();
    expect(repeated.repeated).toBe(true);
    expect(await project.snapshot()).toEqual(written);
    expect(await filesWithTimes(project)).toEqual(times);

    // The same run in full, made to by removing the fingerprint, reports the same.
    await project.remove(lastRun);
    const full = await project.run();
    expect(full.repeated).toBeUndefined();
    expect(comparable(repeated)).toEqual(comparable(full));
    expect(full.publications.created).toEqual([]);
    expect(full.diagnostics.length).toBe(first.diagnostics.length);
    // A run in full on its own output changes nothing either, but for its own report (which now
    // says "unchanged" where the first said "created") and the fingerprint that covers it.
    const ownRecord = new Set(['content/generated/ingest-report.json', lastRun]);
    const withoutOwnRecord = (files: Map<string, string>) =>
      new Map([...files].filter(([path]) => !ownRecord.has(path)));
    expect(withoutOwnRecord(await project.snapshot())).toEqual(withoutOwnRecord(written));
    // And after it, the next run stops early again.
    expect((await project.run()).repeated).toBe(true);
  });
});

describe('an ingest runs in full when', () => {
  const changes: [string, (project: Project) => Promise<void>][] = [
    [
      'a document is added',
      (project) =>
        project.write(
          'content/sources/more.bib',
          '@article{k, title={A Study of Tidal Mixing in Fjords}, author={Tamsin Okoro}, year={2024}, journal={Estuaries}}\n',
        ),
    ],
    [
      'a document changes',
      async (project) => {
        const [name] = (await readdir(project.sources)).sort();
        await project.write(`content/sources/${name}`, `${await project.read(`content/sources/${name}`)}\n`);
      },
    ],
    [
      'a document is removed',
      async (project) => {
        const [name] = (await readdir(project.sources)).sort();
        await project.remove(`content/sources/${name}`);
      },
    ],
    ['profile.yaml changes', (project) => project.write('content/profile.yaml', 'name: Someone Else\n')],
    [
      'topics.yaml is edited',
      async (project) => project.write('content/topics.yaml', `${await project.read('content/topics.yaml')}# mine\n`),
    ],
    ['merges.yaml appears', (project) => project.write('content/merges.yaml', 'same: []\ndifferent: []\n')],
    [
      'a publication file is edited by hand',
      async (project) => {
        const [name] = (await readdir(project.publications)).filter((file) => file.endsWith('.mdx')).sort();
        await project.write(
          `content/publications/${name}`,
          `${await project.read(`content/publications/${name}`)}\nA note of mine.\n`,
        );
      },
    ],
    [
      'a publication file is deleted',
      async (project) => {
        const [name] = (await readdir(project.publications)).filter((file) => file.endsWith('.mdx')).sort();
        await project.remove(`content/publications/${name}`);
      },
    ],
    [
      'an image is added to the collection',
      (project) => project.write('content/publications/figure.png', new Uint8Array([137, 80, 78, 71])),
    ],
    ['the site data is deleted', (project) => project.remove('content/generated/site.json')],
    ['the report is changed', (project) => project.write('content/generated/ingest-report.json', '{}\n')],
    ['the fingerprint is damaged', (project) => project.write(lastRun, '{"fingerprint": ')],
  ];

  it.each(changes)('%s', async (_, change) => {
    const project = await makeProject({ copySources: exampleSources });
    await project.run();
    await change(project);
    const report = await project.run();
    expect(report.repeated).toBeUndefined();
    // Having run in full, the next run with nothing new stops early again.
    expect((await project.run()).repeated).toBe(true);
  });
});

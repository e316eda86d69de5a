import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAdd } from '../../../scripts/add/run-add.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import { runIngest } from '../../../scripts/ingest/run.ts';
import { acquireProjectLock, lockEnvironment, lockPath, ProjectLockedError, readHolder } from '../../../src/lib/project-lock.ts';
import { cleanUpProjects, editTitle, expectIntact, ingestedProject, outputContains, startIngest } from './helpers.ts';

cleanUpProjects();

// Real processes on a shared machine: generous time, no speed claim.
describe('two runs at once', { timeout: 60_000 }, () => {
  it('makes the second ingest wait for the first, and both leave every paper and hand edit in place', async () => {
    const project = await ingestedProject(150);
    const before = await project.publicationFiles();
    const [first, second] = [...before.keys()];
    await editTitle(project, first ?? '', 'A Title the Owner Chose');
    await editTitle(project, second ?? '', 'Another Title the Owner Chose');
    // New documents, so that both runs rewrite the collection.
    await project.write('content/sources/more.bib', '@article{extra, title = {An Extra Paper on Tidal Energy}, author = {Quillfeather, Rowan}, year = {2024}}\n');

    // Held here until both ingests are waiting, so that they certainly overlap.
    const held = await acquireProjectLock(project.root, 'the test', { log: () => undefined });
    const runs = [startIngest(project.root), startIngest(project.root)];
    await Promise.all(runs.map((run) => outputContains(run.child, 'Waiting for another run')));
    held.release();
    const results = await Promise.all(runs.map((run) => run.done));

    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(results.every((result) => result.output.includes(`it holds ${lockPath}`))).toBe(true);
    await expectIntact(project, {
      count: before.size + 1,
      titles: new Map([
        [first ?? '', 'A Title the Owner Chose'],
        [second ?? '', 'Another Title the Owner Chose'],
      ]),
    });
  });

  it('refuses clearly, naming the other run and the lock file, when it has waited long enough', async () => {
    const project = await ingestedProject(5);
    const snapshot = await project.snapshot();
    const held = await acquireProjectLock(project.root, 'npm run enrich', { log: () => undefined });
    try {
      const attempt = runIngest({ root: project.root, lock: { waitMs: 300, pollMs: 20, log: () => undefined } });
      await expect(attempt).rejects.toThrow(ProjectLockedError);
      await expect(attempt).rejects.toThrow(new RegExp(`npm run enrich, pid ${process.pid} on .*delete ${lockPath}`));
    } finally {
      held.release();
    }
    const after = await project.snapshot();
    after.delete(lockPath);
    expect(after).toEqual(snapshot);
  });

  it('lets a command spawned by the lock holder work under its lock instead of waiting for itself', async () => {
    const project = await ingestedProject(3);
    const parent = await acquireProjectLock(project.root, 'npm run build', { log: () => undefined });
    try {
      const result = await startIngest(project.root, lockEnvironment(parent)).done;
      expect(result.code).toBe(0);
      expect(result.output).not.toContain('Waiting');
      // The child left the parent's lock in place; the parent releases it.
      expect(readHolder(join(project.root, lockPath))?.token).toBe(parent.holder.token);
    } finally {
      parent.release();
    }
    expect(readHolder(join(project.root, lockPath))).toBeUndefined();
  });

  it('takes over the lock of a run that was killed, and says so', async () => {
    const project = await ingestedProject(5);
    const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const pid = sleeper.pid ?? 0;
    sleeper.kill('SIGKILL');
    await new Promise((resolve) => sleeper.on('close', resolve));
    const stale = { label: 'npm run ingest', pid, host: hostname(), startedAt: '2020-01-01T00:00:00.000Z', token: 'dead' };
    await writeFile(join(project.root, lockPath), JSON.stringify(stale));

    const result = await startIngest(project.root).done;
    expect(result.code).toBe(0);
    expect(result.output).toContain(`Took over ${lockPath}, left by a run that no longer exists (npm run ingest, pid ${pid}`);
    await expectIntact(project, { count: 5, titles: new Map() });
  });

  it('lets two `npm run add` of the same file name both land, one after the other', async () => {
    const project = await ingestedProject(3);
    const bib = (title: string) => `@article{key, title = {${title}}, author = {Quillfeather, Rowan}, year = {2023}}\n`;
    await project.write('elsewhere/one/papers.bib', bib('Coastal Erosion Under Storm Surges'));
    await project.write('elsewhere/two/papers.bib', bib('Estuary Sediments After Dredging'));
    const environment = (cwd: string) => ({
      root: project.root,
      cwd,
      fetch: () => Promise.reject(new Error('no network in tests')),
      formats: documentFormats,
      out: () => undefined,
      err: () => undefined,
      build: () => Promise.resolve(0),
    });
    const codes = await Promise.all([
      runAdd(['papers.bib'], environment(join(project.root, 'elsewhere/one'))),
      runAdd(['papers.bib'], environment(join(project.root, 'elsewhere/two'))),
    ]);
    expect(codes).toEqual([0, 0]);
    await project.run();
    const titles = [...(await project.publicationFiles()).values()].map((file) => file.data['title']);
    expect(titles).toEqual(expect.arrayContaining(['Coastal Erosion Under Storm Surges', 'Estuary Sediments After Dredging']));
  });
});

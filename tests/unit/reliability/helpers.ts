/**
 * Helpers for the fault-injection suite: a synthetic researcher's project large enough that runs
 * overlap, the ingest CLI as a real child process, and the checks every case ends with (no hand edit
 * lost, no paper twice, nothing left beside the collection).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { syntheticDocuments, syntheticOwner } from '../../../scripts/bench/synthetic-profile.ts';
import { makeProject, repositoryRoot, type Project } from '../ingest/helpers.ts';

export { cleanUpProjects } from '../ingest/helpers.ts';

/** A project with `count` papers of an invented researcher, ingested once. */
export async function ingestedProject(count: number, seed = 7): Promise<Project> {
  const project = await makeProject();
  await project.write('content/profile.yaml', `name: ${syntheticOwner}\n`);
  for (const [name, text] of syntheticDocuments(count, seed)) await project.write(`content/sources/${name}`, text);
  await project.run();
  return project;
}

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** `npm run ingest` in the project, as a real process (the project's pinned Node). */
export function startIngest(root: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CommandResult> } {
  const node = join(repositoryRoot, 'node_modules/.bin/node');
  const child = spawn(node, ['--import', join(repositoryRoot, 'scripts/compile-cache.mjs'), join(repositoryRoot, 'scripts/ingest.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<CommandResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
  return { child, done };
}

/** Resolves once the text has appeared in the child's output. */
export function outputContains(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    const look = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
  });
}

/** A title the owner gives a paper by hand, to be found again after the faults. */
export async function editTitle(project: Project, slug: string, title: string): Promise<void> {
  const path = `content/publications/${slug}.mdx`;
  const text = await project.read(path);
  await project.write(path, text.replace(/^title: .*$/m, `title: ${title}`));
}

/** The checks every fault ends with. */
export async function expectIntact(project: Project, expected: { count: number; titles: ReadonlyMap<string, string> }) {
  const files = await project.publicationFiles();
  expect(files.size).toBe(expected.count);
  for (const [slug, title] of expected.titles) expect(files.get(slug)?.data['title'], slug).toBe(title);
  // No paper twice: every arXiv id and every title belongs to one file.
  const arxiv = [...files.values()].map((file) => file.data['arxiv']).filter(Boolean);
  expect(new Set(arxiv).size).toBe(arxiv.length);
  const titles = [...files.values()].map((file) => String(file.data['title']).toLowerCase());
  expect(new Set(titles).size).toBe(titles.length);
  expect(sideFolders(project)).toEqual([]);
}

/** Staging and backup folders, temporary files and the lock, left beside or in the collection. */
export function sideFolders(project: Project): string[] {
  const content = readdirSync(join(project.root, 'content'));
  const collection = readdirSync(project.publications);
  return [
    ...content.filter((name) => /^publications\.|\.lock|\.tmp$/.test(name)),
    ...collection.filter((name) => name.endsWith('.tmp')),
  ];
}

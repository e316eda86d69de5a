/**
 * A benchmark profile: a throwaway project folder under `.bench/profile-<N>/` that builds exactly
 * like the repository, but with synthetic documents and caches of its own.
 *
 * `public` and `scripts` are symlinked and `src` is copied, each time a profile is made, so the
 * benchmark measures the code as it is in the working tree. `src` cannot be a link: Vite resolves
 * links to real paths, the pages then lie outside the project root, and Astro silently drops their
 * stylesheets from the build (it still succeeds, a few KB lighter). The config files are copied
 * (Astro takes the folder holding `astro.config.mjs` as its root). `node_modules` is a real folder of symlinks to the repository's
 * packages, minus the cache folders: Astro keeps its content cache in `node_modules/.astro` and the
 * site its social-image cache in `node_modules/.cache`, so sharing them would make a "clean" build
 * warm and let profiles of different sizes overwrite each other's caches.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, lstat, mkdir, readdir, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticDocuments } from './synthetic-profile.ts';

const linkedFolders = ['public', 'scripts'];
const copiedFolders = ['src'];
const copiedFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Dot-entries of node_modules that are package metadata or binaries, not caches: these are shared. */
const sharedDotEntries = new Set(['.bin', '.package-lock.json']);

/** Everything a build writes in a profile; deleting it all makes the next build a clean one. */
export const buildOutputs = [
  'dist',
  '.astro',
  'node_modules/.astro',
  'node_modules/.cache',
  'content/publications',
  'content/topics.yaml',
  'content/generated',
];

export const addedDocumentName = 'bench-added-paper.txt';

/**
 * Creates (or refreshes) the profile folder `name` for `count` publications and returns its path.
 * The documents are rewritten every time, so a profile never keeps an older generator's output.
 */
export async function makeProfile(
  repoRoot: string,
  benchRoot: string,
  name: string,
  count: number,
  seed: number,
): Promise<string> {
  const folder = join(benchRoot, name);
  await mkdir(folder, { recursive: true });
  // A node_modules that is a link (made by hand) would let the loop below write into the repository's.
  if ((await lstat(join(folder, 'node_modules')).catch(() => null))?.isSymbolicLink())
    await unlink(join(folder, 'node_modules'));
  for (const name of linkedFolders) await replaceWithSymlink(join(repoRoot, name), join(folder, name));
  for (const name of copiedFolders) {
    await removeEntry(join(folder, name));
    await cp(join(repoRoot, name), join(folder, name), { recursive: true });
  }
  for (const name of copiedFiles) await copyFile(join(repoRoot, name), join(folder, name));

  const modules = join(folder, 'node_modules');
  await mkdir(modules, { recursive: true });
  for (const entry of await readdir(join(repoRoot, 'node_modules'))) {
    // Cache folders (.astro, .cache, .vite, .vite-temp, .vitest-cache) stay per profile: see above.
    if (entry.startsWith('.') && !sharedDotEntries.has(entry)) continue;
    await replaceWithSymlink(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }

  const sources = join(folder, 'content', 'sources');
  await rm(sources, { recursive: true, force: true });
  await mkdir(sources, { recursive: true });
  for (const [name, text] of syntheticDocuments(count, seed)) await writeFile(join(sources, name), text);
  return folder;
}

async function replaceWithSymlink(target: string, path: string): Promise<void> {
  await removeEntry(path);
  await symlink(target, path);
}

/** Unlinks a link rather than removing "recursively": that must never reach into the repository. */
async function removeEntry(path: string): Promise<void> {
  const existing = await lstat(path).catch(() => null);
  if (existing?.isSymbolicLink()) await unlink(path);
  else if (existing) await rm(path, { recursive: true, force: true });
}

/**
 * Moves every build output aside, so the next ingest and build start from nothing. The outputs are
 * deleted later (`emptyTrash`), not here: on ext4, files created right after thousands were
 * deleted wait for the search for a free inode, which skips recently freed ones. That put a quarter
 * of a build's CPU time in the kernel, a cost of the benchmark's deleting, not of the build.
 */
export async function cleanProfile(folder: string): Promise<void> {
  const trash = join(folder, '..', trashFolder);
  await mkdir(trash, { recursive: true });
  for (const path of buildOutputs) {
    await rename(join(folder, path), join(trash, `${Date.now()}-${trashCount++}`)).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
  }
}

const trashFolder = '.bench-trash';
let trashCount = 0;

/** Deletes what `cleanProfile` moved aside under `benchRoot`. */
export async function emptyTrash(benchRoot: string): Promise<void> {
  await rm(join(benchRoot, trashFolder), { recursive: true, force: true });
}

/** True when Astro wrote its cache inside the profile, i.e. it did not use the repository's. */
export function usesOwnAstroCache(folder: string): boolean {
  return existsSync(join(folder, 'node_modules', '.astro'));
}

/**
 * One new paper as an arXiv listing (a format the ingest reads on its own): what an owner adds
 * between two builds. Its id and text are unlike any synthetic paper's, so it cannot merge into one.
 */
export function addedPaperDocument(): string {
  return [
    'We introduce Brightwater, a benchmark of one hundred quarrelsome lighthouses whose keepers disagree about fog.',
    'Each keeper reports visibility with a calibrated but biased instrument, and Brightwater asks models to reconcile them.',
    'A simple hierarchical estimator recovers the true visibility within two metres on every coastline we tried.',
    '',
    '9 pages',
    '',
    'arXiv:2612.99999v1',
    'Created: 2026-12-01',
    '',
  ].join('\n');
}

/**
 * The last stage: putting files on disk so that an interrupted run never leaves a half-written
 * collection. Single files are written to a temporary name and renamed over the old one (a rename
 * is atomic). The collection is built complete in a staging folder beside the real one, then the
 * two folders are swapped; a run that finds a leftover backup from an interrupted swap restores it.
 */
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** Reads a file, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sideFolders(folder: string) {
  return { staging: `${folder}.staging`, backup: `${folder}.backup` };
}

/** Finishes or undoes a swap that an earlier run did not complete. */
export async function recoverInterruptedSwap(folder: string): Promise<void> {
  const { staging, backup } = sideFolders(folder);
  const exists = async (path: string) => readdir(path).then(() => true, () => false);
  if (!(await exists(folder)) && (await exists(backup))) await rename(backup, folder);
  await rm(staging, { recursive: true, force: true });
  await rm(backup, { recursive: true, force: true });
}

/**
 * Replaces the folder's contents in one swap: `written` (relative path → content) are written anew,
 * `carried` (relative paths) are taken over from the old folder as they are. Carried files are
 * hard-linked rather than copied, so a large collection with few changes is cheap to rewrite.
 */
export async function replaceFolder(folder: string, written: ReadonlyMap<string, string>, carried: ReadonlySet<string>): Promise<void> {
  const { staging, backup } = sideFolders(folder);
  await rm(staging, { recursive: true, force: true });
  // Synchronous calls on purpose: thousands of small files are written about twice as fast without
  // a trip through the event loop for each, and nothing else runs meanwhile.
  const madeFolders = new Set<string>();
  const ensureFolder = (path: string) => {
    if (madeFolders.has(path)) return;
    mkdirSync(path, { recursive: true });
    madeFolders.add(path);
  };
  ensureFolder(staging);
  for (const name of carried) {
    const target = join(staging, name);
    ensureFolder(dirname(target));
    try {
      linkSync(join(folder, name), target);
    } catch {
      // Some file systems refuse hard links; a copy is just slower.
      copyFileSync(join(folder, name), target);
    }
  }
  for (const [name, content] of written) {
    const target = join(staging, name);
    ensureFolder(dirname(target));
    writeFileSync(target, content);
  }
  const hadFolder = await readdir(folder).then(
    () => true,
    () => false,
  );
  if (hadFolder) await rename(folder, backup);
  await rename(staging, folder);
  if (hadFolder) await rm(backup, { recursive: true, force: true });
}

/** Every file below `folder`, as paths relative to it; empty when the folder does not exist. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

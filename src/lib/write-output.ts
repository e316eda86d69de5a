/**
 * The last stage: putting files on disk so that an interrupted run never leaves a half-written
 * collection. Single files are written to a temporary name and renamed over the old one (a rename
 * is atomic). The collection is built complete in a staging folder beside the real one, then the
 * two folders are swapped; a run that finds a leftover backup from an interrupted swap restores it.
 *
 * Side folders carry a name unique to the run (`publications.staging-<pid>-<random>`), so two runs
 * can never share one, and a leftover that cannot be removed (owned by another user) never blocks
 * the next run: it is reported and stepped around. When the folder itself cannot be renamed (a mount
 * point, or a parent folder this user may not write), the new files are swapped in one by one
 * instead: each file is still replaced atomically, though not the collection as a whole.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${runId()}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw withPath(error, path);
  }
}

/**
 * A write error names the file it was writing: Node leaves the path out of errors from `write`
 * itself (a full disk), which then said only "ENOSPC: no space left on device, write".
 */
export function withPath(error: unknown, path: string): unknown {
  const system = error as NodeJS.ErrnoException;
  if (system && typeof system === 'object' && system.code && !system.path) system.path = path;
  return error;
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

/** Reads a file, or undefined when it does not exist, without leaving the thread (see `readIfExists`). */
export function readIfExistsSync(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A name part no other run, in this process or another, will choose. */
export function runId(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The side folders earlier runs left beside `folder`, newest name last. */
function leftovers(folder: string, kind: 'staging' | 'backup'): string[] {
  const prefix = `${basename(folder)}.${kind}`;
  let names: string[];
  try {
    names = readdirSync(dirname(folder));
  } catch {
    return [];
  }
  return names
    .filter((name) => name === prefix || name.startsWith(`${prefix}-`))
    .sort()
    .map((name) => join(dirname(folder), name));
}

/**
 * Finishes or undoes a swap that an earlier run did not complete, and removes its side folders.
 * Call it holding the project lock: then every side folder belongs to a run that has ended. Returns
 * what it could not clean up, as messages; those leftovers do not stop this run.
 */
export async function recoverInterruptedSwap(folder: string): Promise<string[]> {
  const notes: string[] = [];
  const exists = async (path: string) => readdir(path).then(() => true, () => false);
  const backups = leftovers(folder, 'backup');
  const latest = backups.at(-1);
  if (latest && !(await exists(folder))) {
    await rename(latest, folder);
    notes.push(`was restored from ${basename(latest)}, left by an interrupted run.`);
  }
  for (const side of [...leftovers(folder, 'staging'), ...leftovers(folder, 'backup')]) {
    try {
      await rm(side, { recursive: true, force: true });
    } catch (error) {
      notes.push(`has ${basename(side)} beside it, left by an earlier run, which cannot be removed (${errorCode(error)}); it is in nobody's way, remove it by hand when convenient.`);
    }
  }
  return notes;
}

export interface ReplaceResult {
  /**
   * `swap`: the folder was replaced at once; `file-by-file`: it could not be renamed, see above;
   * `declined`: `beforeSwap` said no, and nothing changed.
   */
  mode: 'swap' | 'file-by-file' | 'declined';
  notes: string[];
}

export interface ReplaceOptions {
  /**
   * Asked once everything is ready, just before the folder changes: false leaves it as it is. The
   * ingest checks here that nobody edited the collection since it was read.
   */
  beforeSwap?: () => boolean | Promise<boolean>;
}

/**
 * Replaces the folder's contents in one swap: `written` (relative path → content) are written anew,
 * `carried` (relative paths) are taken over from the old folder as they are. Carried files are
 * hard-linked rather than copied, so a large collection with few changes is cheap to rewrite.
 */
export async function replaceFolder(
  folder: string,
  written: ReadonlyMap<string, string>,
  carried: ReadonlySet<string>,
  options: ReplaceOptions = {},
): Promise<ReplaceResult> {
  const beforeSwap = options.beforeSwap ?? (() => true);
  const id = runId();
  const staging = `${folder}.staging-${id}`;
  const backup = `${folder}.backup-${id}`;
  try {
    buildStaging(folder, staging, written, carried);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!cannotRename(error)) throw error;
    // No room beside the folder (a parent this user may not write): replace the files in place.
    if (!(await beforeSwap())) return { mode: 'declined', notes: [] };
    replaceFileByFile(folder, written, carried);
    return { mode: 'file-by-file', notes: [`could not be staged beside itself (${errorCode(error)}), so its files were replaced one by one.`] };
  }
  if (!(await beforeSwap())) {
    rmSync(staging, { recursive: true, force: true });
    return { mode: 'declined', notes: [] };
  }
  const hadFolder = await readdir(folder).then(
    () => true,
    () => false,
  );
  if (hadFolder) {
    try {
      await rename(folder, backup);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!cannotRename(error)) throw error;
      replaceFileByFile(folder, written, carried);
      return { mode: 'file-by-file', notes: [`could not be renamed (${errorCode(error)}; a mount point, or a folder owned by another user?), so its files were replaced one by one.`] };
    }
  }
  await rename(staging, folder);
  const notes: string[] = [];
  if (hadFolder) {
    await rm(backup, { recursive: true, force: true }).catch((error: unknown) => {
      notes.push(`has ${basename(backup)} beside it, which cannot be removed (${errorCode(error)}); it is in nobody's way, remove it by hand when convenient.`);
    });
  }
  return { mode: 'swap', notes };
}

function buildStaging(folder: string, staging: string, written: ReadonlyMap<string, string>, carried: ReadonlySet<string>) {
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
    try {
      writeFileSync(target, content);
    } catch (error) {
      throw withPath(error, join(folder, name));
    }
  }
}

/** Each new file through a temporary name inside the folder, then the files no longer wanted removed. */
function replaceFileByFile(folder: string, written: ReadonlyMap<string, string>, carried: ReadonlySet<string>) {
  const id = runId();
  for (const [name, content] of written) {
    const target = join(folder, name);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${basename(name)}.${id}.tmp`);
    try {
      writeFileSync(temporary, content);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw withPath(error, target);
    }
  }
  const wanted = new Set([...written.keys(), ...carried]);
  for (const name of listFilesSync(folder)) {
    if (!wanted.has(name)) rmSync(join(folder, name), { force: true });
  }
}

/** Errors that mean "this folder cannot be renamed or created here", not "the disk is broken". */
function cannotRename(error: unknown): boolean {
  return ['EACCES', 'EPERM', 'EBUSY', 'EXDEV', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY'].includes(errorCode(error));
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/** Every file below `folder`, as paths relative to it; empty when the folder does not exist. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

function listFilesSync(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

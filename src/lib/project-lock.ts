/**
 * One writer at a time. Every command that writes below `content/` (the ingest, `npm run add`, the
 * dev server's re-ingest, the build's ingest, and any new one such as `npm run enrich` or
 * `npm run import`) runs its writing part inside
 *
 *     await withProjectLock(root, 'npm run enrich', async () => { …read, decide, write… });
 *
 * How it holds:
 * - The lock is the file `content/.project.lock`, holding who took it (label, pid, host, start
 *   time, a random token). It is written complete under a temporary name and hard-linked into place:
 *   the link either creates the lock or fails because it exists, so two runs can never both hold it,
 *   and nobody ever reads a half-written lock.
 * - A lock whose pid is no longer running on this host was left by a killed run: it is taken over,
 *   with a message. The take-over itself is serialised by a second, short-lived lock, so two waiting
 *   runs cannot both remove the stale lock and then one remove the other's fresh one.
 * - A live lock makes the second run wait, saying so once, polling until `waitMs`; then it refuses
 *   with `ProjectLockedError`, naming the holder and the lock file.
 * - A parent that holds the lock and spawns a command that takes it too (the build runs the ingest
 *   CLI) passes `lockEnvironment(lock)` to the child: a child whose token matches the lock on disk
 *   runs under its parent's lock instead of waiting for itself forever.
 * - Releasing removes the lock only if it is still ours. A process that exits without releasing
 *   (an exception, Ctrl-C) still removes it in an `exit` handler; only `kill -9` leaves it behind,
 *   and then the next run takes it over as above.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';

/** Relative to the project root. */
export const lockPath = 'content/.project.lock';

/** The variable through which a parent hands its lock to the command it spawns. */
export const lockTokenVariable = 'RESEARCH_PROFILE_LOCK_TOKEN';

export interface LockHolder {
  label: string;
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  startedAt: string;
  token: string;
}

export interface LockOptions {
  /** How long to wait for another run before refusing; 60 s unless `RESEARCH_PROFILE_LOCK_WAIT_MS` says. */
  waitMs?: number;
  pollMs?: number;
  /** Where waiting and take-over messages go; stderr by default. */
  log?: (message: string) => void;
  /** The environment to look for a parent's token in; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
}

export interface ProjectLock {
  holder: LockHolder;
  /** False when this run works under a parent's lock (which the parent releases). */
  owned: boolean;
  release(): void;
}

export class ProjectLockedError extends Error {
  readonly holder: LockHolder | undefined;
  readonly path: string;
  constructor(holder: LockHolder | undefined, path: string, waitedMs: number) {
    super(
      `${holder ? `Another run (${describeHolder(holder)})` : 'Another run'} is writing to this project; ` +
        `gave up after waiting ${Math.round(waitedMs / 1000)} s. Try again when it has finished. ` +
        `If no such run is still going, delete ${path}.`,
    );
    this.name = 'ProjectLockedError';
    this.holder = holder;
    this.path = path;
  }
}

export function describeHolder(holder: LockHolder): string {
  return `${holder.label}, pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}`;
}

/** Runs `fn` holding the project's lock; see the top of this file. */
export async function withProjectLock<T>(
  root: string,
  label: string,
  fn: (lock: ProjectLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = await acquireProjectLock(root, label, options);
  try {
    return await fn(lock);
  } finally {
    lock.release();
  }
}

/** The environment a child needs to work under this lock rather than wait for it. */
export function lockEnvironment(lock: ProjectLock): Record<string, string> {
  return { [lockTokenVariable]: lock.holder.token };
}

export async function acquireProjectLock(root: string, label: string, options: LockOptions = {}): Promise<ProjectLock> {
  const env = options.env ?? process.env;
  const waitMs = options.waitMs ?? (Number(env['RESEARCH_PROFILE_LOCK_WAIT_MS']) || 60_000);
  const pollMs = options.pollMs ?? 100;
  const log = options.log ?? ((message: string) => console.error(message));
  const path = join(root, lockPath);
  const inherited = env[lockTokenVariable];
  const started = Date.now();
  let announced = false;
  for (;;) {
    const current = readHolder(path);
    if (current && inherited && current.token === inherited) {
      return { holder: current, owned: false, release: () => undefined };
    }
    const holder = newHolder(label);
    if (tryCreate(path, holder)) return ownedLock(path, holder);
    if (current ? isStale(current) : isUnreadableAndOld(path)) {
      if (takeOver(path, current)) {
        log(`Took over ${lockPath}, left by ${current ? `a run that no longer exists (${describeHolder(current)})` : 'an interrupted run (unreadable)'}.`);
      }
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= waitMs) throw new ProjectLockedError(current, lockPath, waited);
    if (!announced && current) {
      log(`Waiting for another run to finish (${describeHolder(current)}); it holds ${lockPath}.`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function newHolder(label: string): LockHolder {
  return {
    label,
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
}

/** Creates the lock complete, or returns false when one exists. */
function tryCreate(path: string, holder: LockHolder): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${holder.pid}.${holder.token}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(holder, null, 2)}\n`);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: exclusive creation is atomic too, only briefly empty.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
      try {
        writeFileSync(path, readFileSync(temporary), { flag: 'wx' });
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function ownedLock(path: string, holder: LockHolder): ProjectLock {
  const release = () => {
    process.off('exit', release);
    if (readHolder(path)?.token === holder.token) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { holder, owned: true, release };
}

export function readHolder(path: string): LockHolder | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid !== 'number' || typeof data.token !== 'string') return undefined;
    return data as LockHolder;
  } catch {
    return undefined;
  }
}

/** A lock from this host whose process is gone. A lock from another host is never presumed dead. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes a stale lock, unless someone else replaced it meanwhile. True when this run removed it. */
function takeOver(path: string, stale: LockHolder | undefined): boolean {
  const guard = `${path}.takeover`;
  try {
    writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch {
    // Another run is taking over right now; a guard older than a few seconds was left by a killed one.
    const age = Date.now() - (statSafe(guard) ?? Date.now());
    if (age > 5_000) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readHolder(path)?.token !== stale?.token) return false;
    rmSync(path, { force: true });
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * A lock file that cannot be read is being written (the no-hard-link fallback) for a moment at most;
 * one that stays unreadable was cut short by a crash or a full disk.
 */
function isUnreadableAndOld(path: string): boolean {
  const modified = statSafe(path);
  return modified !== undefined && Date.now() - modified > 10_000;
}

function statSafe(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

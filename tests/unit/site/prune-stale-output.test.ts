import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneFolder } from '../../../src/integrations/prune-stale-output.ts';

describe('pruning a build folder', () => {
  let root: string;
  let outside: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'prune-'));
    outside = await mkdtemp(join(tmpdir(), 'prune-outside-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('deletes the files that are no output and older than the build, then the folders left empty, and never follows links', async () => {
    for (const path of [
      'kept/index.html',
      'stale/index.html',
      'stale/deeper/social.png',
      'mixed/kept.txt',
      'mixed/stale.txt',
    ]) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), path);
    }
    await writeFile(join(outside, 'precious.txt'), 'not part of the build');
    await symlink(outside, join(root, 'link-to-outside'));
    const kept = new Set(['kept/index.html', 'mixed/kept.txt'].map((path) => join(root, path)));

    // Everything here was written just now; a build that started later has written none of it.
    const removed = await pruneFolder(root, (path) => kept.has(path), Date.now() + 60_000);

    expect(removed.map((path) => path.slice(root.length + 1))).toEqual([
      'link-to-outside',
      'mixed/stale.txt',
      'stale/deeper/social.png',
      'stale/index.html',
    ]);
    expect(existsSync(join(root, 'kept/index.html'))).toBe(true);
    expect(existsSync(join(root, 'mixed/kept.txt'))).toBe(true);
    expect(existsSync(join(root, 'stale'))).toBe(false);
    // The link was removed as a file; what it pointed to is untouched.
    expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
  });

  it('keeps what was written since the build started, output or not', async () => {
    await writeFile(join(root, 'old.txt'), 'old');
    await utimes(join(root, 'old.txt'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    await writeFile(join(root, 'new.txt'), 'new');
    const removed = await pruneFolder(root, () => false, Date.now() - 60_000);
    expect(removed).toEqual([join(root, 'old.txt')]);
    expect(existsSync(join(root, 'new.txt'))).toBe(true);
  });
});

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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

  it('deletes the files keep() rejects, then the folders left empty, and never follows links', async () => {
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

    const removed = await pruneFolder(root, (path) => kept.has(path));

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

  it('passes each file its modification time', async () => {
    await writeFile(join(root, 'a.txt'), 'a');
    const seen: number[] = [];
    await pruneFolder(root, (_, modifiedAt) => {
      seen.push(modifiedAt);
      return true;
    });
    expect(seen).toHaveLength(1);
    expect(Math.abs((seen[0] ?? 0) - Date.now())).toBeLessThan(60_000);
  });
});

import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextFolder, prepareNext, publish } from '../../../src/integrations/atomic-output.ts';
import { listFiles } from '../../../src/lib/write-output.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A published site of three files, last built a day ago. */
async function publishedSite(): Promise<{ dist: string; next: string }> {
  const root = await mkdtemp(join(tmpdir(), 'atomic-output-'));
  folders.push(root);
  const dist = join(root, 'dist');
  await mkdir(join(dist, 'publications/a'), { recursive: true });
  const dayAgo = new Date(Date.now() - 86_400_000);
  const files: [string, string][] = [['index.html', 'home v1'], ['publications/a/index.html', 'paper a v1'], ['feed.xml', 'feed v1']];
  for (const [name, text] of files) {
    await writeFile(join(dist, name), text);
    await utimes(join(dist, name), dayAgo, dayAgo);
  }
  return { dist, next: nextFolder(dist) };
}

describe('the build output', () => {
  it('is built in a copy, so a build that dies halfway leaves the published site exactly as it was', async () => {
    const { dist, next } = await publishedSite();
    await prepareNext(dist, next);
    // Half a build: one page rewritten (in place, as Astro does), one new, then the process dies.
    await writeFile(join(next, 'index.html'), 'home v2');
    await writeFile(join(next, 'publications/b.html'), 'paper b v2');
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toBe('home v1');
    expect(await listFiles(dist)).toEqual(['feed.xml', 'index.html', 'publications/a/index.html']);

    // The next build starts from the published site, not from the half-written one.
    await prepareNext(dist, next);
    expect(await listFiles(next)).toEqual(['feed.xml', 'index.html', 'publications/a/index.html']);
    expect(await readFile(join(next, 'index.html'), 'utf8')).toBe('home v1');
  });

  it('keeps file times in the copy, to the nanosecond, so the pruning and rebuild checks still tell unchanged files from new ones', async () => {
    const { dist, next } = await publishedSite();
    await prepareNext(dist, next);
    const time = async (path: string) => (await stat(path, { bigint: true })).mtimeNs;
    await utimes(join(dist, 'feed.xml'), 1_700_000_000.123456, 1_700_000_000.123456);
    await prepareNext(dist, next);
    expect(await time(join(next, 'feed.xml'))).toBe(await time(join(dist, 'feed.xml')));
  });

  it('replaces the published site with the finished build in one step, leaving nothing beside it', async () => {
    const { dist, next } = await publishedSite();
    await prepareNext(dist, next);
    await writeFile(join(next, 'index.html'), 'home v2');
    await publish(next, dist);
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toBe('home v2');
    await expect(stat(next)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await listFiles(join(dist, '..'))).filter((name) => !name.startsWith('dist/'))).toEqual([]);
  });

  it('publishes a first build, when there was no site yet', async () => {
    const { dist, next } = await publishedSite();
    await rm(dist, { recursive: true });
    await prepareNext(dist, next);
    await mkdir(next, { recursive: true });
    await writeFile(join(next, 'index.html'), 'home v1');
    await publish(next, dist);
    expect(await listFiles(dist)).toEqual(['index.html']);
  });
});

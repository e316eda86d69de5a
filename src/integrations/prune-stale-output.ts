/**
 * Keeps `dist/` between builds and removes only what the new build no longer produces.
 *
 * Astro normally empties `dist/` before each build and writes every file again. With incremental
 * builds (`experimental.incrementalBuild`), an unchanged page is then copied back from Astro's
 * cache; keeping `dist/` (`vite.build.emptyOutDir: false`) lets it stay where it is instead. On the
 * 1,000-paper benchmark, rewriting three thousand files was most of a rebuild: the Linux file
 * system spends long creating files right after deleting as many.
 *
 * What the build did not produce must still go, or a removed or hidden paper would stay online.
 * A file is kept when it is the output of one of this build's routes (rendered now or left in
 * place as unchanged) or when this build wrote it (bundled scripts and styles, `public/` files,
 * the sitemap), or when another integration says it is an output. Everything else in `dist/` is deleted, then the folders left empty. This hook
 * must run after every other integration's `astro:build:done`, so it goes last in the list (only
 * atomic-output's publishing comes after it, to put the finished folder in place).
 */
import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface PruneOptions {
  /** Outputs that are no route's, written by other integrations, which may be older than the build. */
  alsoKeep?: (path: string) => boolean;
}

export function pruneStaleOutput({ alsoKeep = () => false }: PruneOptions = {}): AstroIntegration {
  let buildStartedAt = 0;
  return {
    name: 'prune-stale-output',
    hooks: {
      'astro:build:start': () => {
        // File times can be a little coarser than the clock, so a second's slack: a stale file
        // would have to have been written in the second before this build started to survive it.
        buildStartedAt = Date.now() - 1000;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outputs = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = await pruneFolder(
          fileURLToPath(dir),
          (path) => outputs.has(path) || alsoKeep(path),
          buildStartedAt,
        );
        if (removed.length > 0) {
          const root = fileURLToPath(dir);
          logger.info(
            `Removed ${removed.length} file(s) this build no longer produces, such as ${relative(root, removed[0] ?? '')}.`,
          );
        }
      },
    },
  };
}

/**
 * Deletes every file below `folder` that is neither an output nor modified since `writtenSince`
 * (ms since the epoch), and the folders that leaves empty. Returns the deleted files' paths.
 * Symbolic links are judged as files and never followed. Outputs are known without a `stat`: one per
 * file took a quarter of a second of a 1,000-paper build.
 */
export async function pruneFolder(
  folder: string,
  isOutput: (path: string) => boolean,
  writtenSince: number,
): Promise<string[]> {
  const removed: string[] = [];
  const visit = async (current: string): Promise<boolean> => {
    const entries = await readdir(current, { withFileTypes: true });
    let remaining = entries.length;
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (await visit(path)) {
          await rmdir(path);
          remaining -= 1;
        }
        continue;
      }
      if (isOutput(path)) continue;
      const { mtimeMs } = await lstat(path).catch(() => ({ mtimeMs: 0 }));
      if (mtimeMs >= writtenSince) continue;
      await rm(path, { force: true });
      removed.push(path);
      remaining -= 1;
    }
    return remaining === 0;
  };
  await visit(folder);
  return removed.sort();
}

/**
 * `dist/` is never left half-built. The build writes into `dist.next/`, prepared as a copy of the
 * last good `dist/` so that incremental builds still find their unchanged pages in place; only when
 * the build has finished, every other integration included, does `dist.next/` replace `dist/`, by two
 * renames. A build that fails or is killed leaves `dist/` exactly as the last good build left it,
 * and the next build throws its half-written `dist.next/` away.
 *
 * Why a copy and not hard links: Astro rewrites a changed page in place (`writeFile` truncates the
 * file it opens), which through a hard link would change the published `dist/` too, mid-build.
 * The copy keeps file times, which `pruneStaleOutput` relies on to tell this build's files from
 * stale ones.
 */
import { execFile } from 'node:child_process';
import { cp, rename, rm, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder the build writes into, beside the real output folder. */
export const nextFolder = (outDir: string) => `${outDir.replace(/\/+$/, '')}.next`;

/**
 * Two integrations sharing one state: `prepare` goes first in the list (so the others see the new
 * output folder) and `publish` last (so that it swaps only what every other one has finished).
 */
export function atomicOutput(): { prepare: AstroIntegration; publish: AstroIntegration } {
  let published: string | undefined;
  let building: string | undefined;
  return {
    prepare: {
      name: 'atomic-output',
      hooks: {
        'astro:config:setup': async ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          published = fileURLToPath(config.outDir).replace(/\/+$/, '');
          building = nextFolder(published);
          await prepareNext(published, building);
          updateConfig({ outDir: pathToFileURL(`${building}/`) });
        },
      },
    },
    publish: {
      name: 'atomic-output-publish',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!published || !building) return;
          await publish(building, published);
          logger.info(`The finished site replaced ${published} in one step.`);
        },
      },
    },
  };
}

/** `next` as a copy of the published folder (or empty), whatever an interrupted build left there. */
export async function prepareNext(published: string, next: string): Promise<void> {
  await rm(next, { recursive: true, force: true });
  const exists = await stat(published).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!exists) return;
  // The system's `cp -a` keeps file times to the nanosecond; Node's copy keeps them to the
  // millisecond only, and an unchanged page would then look rewritten to anyone comparing times.
  const copied = await new Promise<boolean>((resolve) => {
    execFile('cp', ['-a', '--', published, next], (error) => resolve(!error));
  });
  if (copied) return;
  await rm(next, { recursive: true, force: true });
  await cp(published, next, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
}

/** Puts the finished build in place: two renames, so `published` is whole before and after. */
export async function publish(next: string, published: string): Promise<void> {
  const old = `${published}.old-${process.pid}`;
  const hadPublished = await rename(published, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(next, published);
  if (hadPublished) await rm(old, { recursive: true, force: true });
}

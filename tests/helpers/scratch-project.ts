/**
 * A throwaway project for tests that need their own documents: a temporary folder with a copy of
 * this repository's code and configuration, a link to its dependencies, and its own `content/`.
 * The code is copied, not linked: Vite resolves links to their real paths, and pages outside the
 * project root then fail to build. Each keeps its own Astro cache (ASTRO_CACHE_DIR), so it never
 * disturbs the repository's builds.
 */
import { cp, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';

const copied = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ScratchProject {
  root: string;
  /** Runs `astro build`, which runs the ingest; returns the output folder. */
  build(env?: Record<string, string>): string;
  /** What the last build printed on its standard output. */
  buildLog(): string;
  remove(): Promise<void>;
}

/** @param files paths relative to the project (`content/sources/a.txt`) → content. */
export async function createScratchProject(files: Record<string, string>): Promise<ScratchProject> {
  const root = await mkdtemp(join(tmpdir(), 'scratch-project-'));
  for (const name of copied) await cp(join(process.cwd(), name), join(root, name), { recursive: true });
  await symlink(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  let log = '';
  return {
    root,
    build(env = {}) {
      const outDir = join(root, 'dist');
      log = buildSite(outDir, { ASTRO_CACHE_DIR: join(root, '.astro-cache'), ...env }, root);
      return outDir;
    },
    buildLog: () => log,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

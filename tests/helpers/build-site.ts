/**
 * Global setup for the browser tests: builds the example site, as `npm run build` does, into a
 * scratch folder, once per test run. Tests read its path with `inject('siteDir')`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export const testBuildRoot = join(process.cwd(), 'node_modules', '.cache', 'site-tests');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/** Runs the ingest and `astro build` with `env`, writing the site into `outDir`. */
export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const options = { stdio: 'pipe' as const, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } };
  try {
    execFileSync(process.execPath, ['scripts/ingest.ts'], options);
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], options);
  } catch (error) {
    const failure = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`The site did not build:\n${failure.stdout?.toString() ?? ''}\n${failure.stderr?.toString() ?? ''}`, {
      cause: error,
    });
  }
}

export default function setup(project: TestProject): void {
  const siteDir = join(testBuildRoot, 'root');
  buildSite(siteDir);
  project.provide('siteDir', siteDir);
}

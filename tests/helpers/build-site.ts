/**
 * Global setup for the browser tests: builds the example site, as `npm run build` does, into a
 * scratch folder, once per test run. Tests read its path with `inject('siteDir')`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/find-chromium.ts';
import { printCv } from '../../scripts/print-cv.ts';

/** One folder per test run, so that two runs at once (two terminals, two engineers) never clash. */
const testBuildRoot = join(process.cwd(), 'node_modules', '.cache', 'site-tests', `run-${process.pid}`);

/** The address the example site is built for. */
export const exampleSiteUrl = 'https://profile.example.net';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/**
 * Vitest mirrors Vite's `import.meta.env` into `process.env` (`BASE_URL=/`, `PROD=`, `DEV=1`, …),
 * and Astro's build reads those back over its own: a test build would ignore `base` (BASE_PATH)
 * and believe it is not a production build. The child build must not inherit them.
 */
function withoutViteVariables(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cleaned = { ...environment };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete cleaned[name];
  return cleaned;
}

/**
 * Runs `astro build` (which runs the ingest, as `npm run build` does) with `env`, writing the site into `outDir`. `projectRoot` is the
 * project to build: this repository, or a scratch project (`scratch-project.ts`). Returns what the
 * build printed on its standard output (its log, warnings included).
 */
export function buildSite(outDir: string, env: Record<string, string> = {}, projectRoot = process.cwd()): string {
  // Vitest sets NODE_ENV=test; the build must see what `npm run build` sees, or production-only
  // output (the Content-Security-Policy meta tag among it) would be missing from what tests check.
  const options = {
    stdio: 'pipe' as const,
    encoding: 'utf8' as const,
    cwd: projectRoot,
    env: { ...withoutViteVariables(process.env), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  };
  try {
    return execFileSync(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      options,
    );
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`The site did not build:\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/**
 * What the deploy runs: `npm run build`, then `npm run cv:pdf` when the site has a CV page, so the
 * CV's link to its PDF resolves.
 */
export async function buildSiteWithCv(outDir: string, env: Record<string, string> = {}): Promise<void> {
  buildSite(outDir, env);
  if (!existsSync(join(outDir, 'cv', 'index.html'))) return;
  await printCv({
    distDir: outDir,
    base: env['BASE_PATH'] ?? '/',
    out: join(outDir, 'cv.pdf'),
    paper: 'A4',
    executablePath: findChromium(),
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const siteDir = join(testBuildRoot, 'root');
  // Built as deployed, with its address set (exports and Open Graph need one to be absolute), and its
  // CV printed; the scratch sites of other tests are built without, as a first build is.
  await buildSiteWithCv(siteDir, { SITE_URL: exampleSiteUrl });
  project.provide('siteDir', siteDir);
  return () => rmSync(testBuildRoot, { recursive: true, force: true });
}

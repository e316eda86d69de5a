/**
 * `npm run dev` keeps up with `content/sources/`: when a document is added, changed or removed, the
 * ingest runs again (debounced, one run at a time) and the browser reloads. The content layer then
 * sees the rewritten `content/publications/`, so a dropped-in paper appears without a restart.
 * `profile.yaml` and `topics.yaml` decide what the ingest writes (whose papers, which topics), so a
 * change to them runs it too. The files every page reads outside Vite's module graph (the profile,
 * `about.mdx`, `cv.json`, the pages folder) are read once and kept by the modules that read them:
 * after a change those modules are evaluated afresh, then the browser reloads.
 *
 * The ingest runs as its own process (exactly what `npm run ingest` runs, see `ingestArguments`):
 * its CPU-heavy work never stalls the dev server, and a crash in it cannot take the server down.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatDiagnostic, type IngestReport } from '../lib/ingest-report.ts';
import { contentPaths } from '../lib/content-paths.ts';

/** A run of the ingest: its report, or why there is none. `output` is what it printed. */
export type IngestRun = { ok: true; report: IngestReport; output: string } | { ok: false; output: string };

export interface IngestOnChangeOptions {
  /** How long to wait for more changes before running; a copy of ten files triggers one run. */
  debounceMs?: number;
  /** Runs the ingest for the project at `root`. Tests replace it; the default spawns the CLI. */
  runIngest?: (root: string) => Promise<IngestRun>;
}

export function ingestOnChange(options: IngestOnChangeOptions = {}): AstroIntegration {
  const { debounceMs = 300, runIngest = spawnIngest } = options;
  let root = process.cwd();
  return {
    name: 'ingest-on-change',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = resolve(fileURLToPath(config.root));
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const sourcesFolder = resolve(root, contentPaths.sources);
        const ingestInputs = [contentPaths.profile, contentPaths.topics].map((path) => resolve(root, path));
        const siteWideFiles = [contentPaths.about, contentPaths.cv].map((path) => resolve(root, path));
        const pagesFolder = resolve(root, contentPaths.pages);
        const scheduler = createIngestScheduler({
          debounceMs,
          run: async (changed) => {
            logger.info(`${changed.map((path) => basename(path)).join(', ')} changed: running the ingest…`);
            const started = performance.now();
            try {
              const run = await runIngest(root);
              logRun(
                run,
                changed.map((path) => relative(sourcesFolder, path)),
                logger,
                performance.now() - started,
              );
              if (run.ok) {
                // The ingest swaps the whole collection folder in; reload it as a whole.
                await refreshContent?.({ loaders: ['publications-loader'] });
                reloadEverything(server);
              }
            } catch (error) {
              logger.error(`Could not run the ingest: ${error instanceof Error ? error.message : String(error)}`);
            }
          },
        });
        server.watcher.add([sourcesFolder, ...ingestInputs, ...siteWideFiles, pagesFolder]);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (path: string) => {
            if (isSourceDocumentPath(path, sourcesFolder) || ingestInputs.includes(path)) scheduler.request(path);
            else if (siteWideFiles.includes(path) || isSourceDocumentPath(path, pagesFolder)) {
              logger.info(`${relative(root, path)} changed: reloading.`);
              reloadEverything(server);
            }
          });
        }
        server.httpServer?.once('close', () => scheduler.dispose());
      },
    },
  };
}

/**
 * Evaluates every server module afresh (so those that keep what they read, such as the site's
 * settings, read it again) and reloads the browser.
 */
function reloadEverything(server: ViteDevServer): void {
  // `environments` is absent from servers older than Vite 6 (and from the tests' stand-in server).
  for (const environment of Object.values(server.environments ?? {})) {
    environment.moduleGraph.invalidateAll();
    if ('runner' in environment)
      (environment as { runner: { evaluatedModules: { clear(): void } } }).runner.evaluatedModules.clear();
  }
  server.ws.send({ type: 'full-reload' });
}

/**
 * A document the ingest reads: inside the sources folder, and no part of its path starting with a
 * dot (the add command's temporary files, editors' swap files, `.DS_Store`). Editor backups (`~`) too.
 */
export function isSourceDocumentPath(path: string, sourcesFolder: string): boolean {
  const inside = relative(sourcesFolder, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false;
  return !inside.split(/[\\/]/).some((part) => part.startsWith('.')) && !inside.endsWith('~');
}

export interface IngestScheduler {
  /** Notes a changed path; the run starts once changes have been quiet for the debounce time. */
  request(path: string): void;
  dispose(): void;
}

/**
 * Debounces changes into runs and never overlaps two runs: changes that arrive during a run are
 * collected and trigger exactly one more run after it.
 */
export function createIngestScheduler(options: {
  debounceMs: number;
  run: (changed: string[]) => Promise<void>;
}): IngestScheduler {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let disposed = false;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), options.debounceMs);
  };
  const flush = async () => {
    if (running || disposed || pending.size === 0) return;
    const changed = [...pending].sort();
    pending.clear();
    running = true;
    try {
      await options.run(changed);
    } catch {
      // The run reports its own failures (see the integration); the watcher must keep going regardless.
    } finally {
      running = false;
      if (pending.size > 0) schedule();
    }
  };

  return {
    request(path) {
      if (disposed) return;
      pending.add(path);
      if (!running) schedule();
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

/** The summary line, and the diagnostics about the documents that changed (the rest were seen before). */
export function logRun(
  run: IngestRun,
  changedDocuments: readonly string[],
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>,
  elapsedMs: number,
): void {
  if (!run.ok) {
    logger.error(`The ingest failed; the site shows the previous publications.\n${run.output.trim()}`);
    return;
  }
  const { publications, diagnostics } = run.report;
  const changes = [
    publications.created.length && `${publications.created.length} created`,
    publications.updated.length && `${publications.updated.length} updated`,
    publications.deleted.length && `${publications.deleted.length} deleted`,
  ].filter(Boolean);
  logger.info(
    `Ingest done in ${(elapsedMs / 1000).toFixed(1)} s: ${publications.total} publications${changes.length ? ` (${changes.join(', ')})` : ', none changed'}.`,
  );
  for (const diagnostic of diagnostics.filter((item) => changedDocuments.includes(item.file))) {
    if (diagnostic.level === 'error') logger.error(formatDiagnostic(diagnostic));
    else logger.warn(formatDiagnostic(diagnostic));
  }
}

/**
 * Node's arguments for the ingest, as `npm run ingest` gives them (a test keeps the two the same).
 * - The compile cache is on before the first TypeScript file loads: see `scripts/compile-cache.mjs`.
 * - New objects get 16 MB semi-spaces instead of V8's default here (64 MB). The ingest keeps most of
 *   what it makes until it ends, so each large scavenge copied tens of MB of survivors: the smaller
 *   young generation saved about 0.1 s of CPU and 70 ms of wall time at 1,000 papers. (8 MB did as
 *   well until the topic stage stopped keeping an object per phrase; now 16 MB is 30 ms faster.)
 */
export const ingestArguments = [
  '--max-semi-space-size=16',
  '--import',
  './scripts/compile-cache.mjs',
  'scripts/ingest.ts',
];

/** Runs the ingest in the project, as `npm run ingest` does, and reads the report it writes. */
export function spawnIngest(root: string): Promise<IngestRun> {
  return new Promise((done) => {
    // process.execPath is the Node running the dev server: the project's pinned Node 24.
    const child = spawn(process.execPath, ingestArguments, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ ok: false, output: error.message }));
    child.on('close', (code) => {
      if (code !== 0) {
        done({ ok: false, output });
        return;
      }
      readFile(join(root, contentPaths.report), 'utf8').then(
        (text) => done({ ok: true, report: JSON.parse(text) as IngestReport, output }),
        () => done({ ok: false, output: `${output}\n(no report at ${contentPaths.report})` }),
      );
    });
  });
}

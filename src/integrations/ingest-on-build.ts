/**
 * `astro build` runs the ingest itself, alongside its own start-up: loading the config, the
 * integrations and Vite takes Astro about two seconds before it reads the collection, time in which
 * the ingest of 1,000 papers (about one second) mostly fits. A warm 1,000-paper build took about
 * 0.5 s less than `npm run ingest && astro build`; a clean one, bound by the CPU time of drawing the
 * social cards, changed by less than run-to-run noise.
 *
 * The ingest runs as its own process, exactly as `npm run ingest` runs it. The collection's loader
 * and the social cards wait for it (src/lib/ingest-in-progress.ts). If it fails, the build stops
 * with its output; a document it cannot read is not a failure (the report names it, as always).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { announceIngest } from '../lib/ingest-in-progress.ts';
import { spawnIngest, type IngestRun } from './ingest-on-change.ts';

export interface IngestOnBuildOptions {
  /** Runs the ingest for the project at `root`. Tests replace it; the default spawns the CLI. */
  runIngest?: (root: string) => Promise<IngestRun>;
}

export function ingestOnBuild({ runIngest = spawnIngest }: IngestOnBuildOptions = {}): AstroIntegration {
  return {
    name: 'ingest',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        announceIngest(
          runIngest(fileURLToPath(config.root)).then((run) => {
            if (!run.ok) throw new Error(`The ingest failed:\n${run.output.trim()}`);
            logger.info(run.output.trim());
          }),
        );
      },
    },
  };
}

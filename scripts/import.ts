/**
 * `npm run import -- --orcid <iD> | --openalex <id> | --dblp <pid> | --semantic-scholar <id> | --refresh [--build]`:
 * saves a researcher's list from an open service into content/sources/. See `import/run-import.ts`.
 */
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandArguments, runBuild } from './cli/npm-command.ts';
import { documentFormats } from './ingest/formats/index.ts';
import { runImport } from './import/run-import.ts';

const root = resolve(import.meta.dirname, '..');

const argv = commandArguments(['build', 'refresh']);

process.exitCode = await runImport(argv, {
  root,
  fetch: globalThis.fetch,
  formats: documentFormats,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  build: () => runBuild(root),
  wait: (ms) => sleep(ms),
  env: process.env,
});

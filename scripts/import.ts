/**
 * `npm run import -- --orcid <iD> | --openalex <id> | --dblp <pid> | --semantic-scholar <id> | --refresh [--build]`:
 * saves a researcher's list from an open service into content/sources/. See `import/run-import.ts`.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { documentFormats } from './ingest/formats/index.ts';
import { runImport } from './import/run-import.ts';

const root = resolve(import.meta.dirname, '..');

/** Runs `npm run build` in the project, sharing this terminal. */
function build(): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

const argv = process.argv.slice(2);
// `npm run import --build …` (without `--`) hands the flags to npm, which exposes them as npm_config_*.
for (const flag of ['build', 'refresh']) {
  if (process.env[`npm_config_${flag}`] === 'true' && !argv.includes(`--${flag}`)) argv.push(`--${flag}`);
}

process.exitCode = await runImport(argv, {
  root,
  fetch: globalThis.fetch,
  formats: documentFormats,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  build,
  wait: (ms) => sleep(ms),
  env: process.env,
});

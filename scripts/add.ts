/**
 * `npm run add -- <arXiv id or URL | file>… [--build]`: puts a paper on the site. See `add/run-add.ts`.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { documentFormats } from './ingest/formats/index.ts';
import { runAdd } from './add/run-add.ts';

const root = resolve(import.meta.dirname, '..');

/** Runs `npm run build` in the project, sharing this terminal. */
function build(): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

// `npm run add --build 2401.01234` (without `--`) hands `--build` to npm, which exposes it as npm_config_build.
const argv = process.argv.slice(2);
if (process.env['npm_config_build'] === 'true' && !argv.includes('--build')) argv.push('--build');

process.exitCode = await runAdd(argv, {
  root,
  // npm runs scripts in the project root; INIT_CWD is where the person typed the command.
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  fetch: globalThis.fetch,
  formats: documentFormats,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  build,
});

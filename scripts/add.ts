/**
 * `npm run add -- <arXiv id or URL | file>… [--build]`: puts a paper on the site. See `add/run-add.ts`.
 */
import { resolve } from 'node:path';
import { commandArguments, runBuild } from './cli/npm-command.ts';
import { documentFormats } from './ingest/formats/index.ts';
import { runAdd } from './add/run-add.ts';

const root = resolve(import.meta.dirname, '..');

const argv = commandArguments(['build']);

process.exitCode = await runAdd(argv, {
  root,
  // npm runs scripts in the project root; INIT_CWD is where the person typed the command.
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  fetch: globalThis.fetch,
  formats: documentFormats,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  build: () => runBuild(root),
});

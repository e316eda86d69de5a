/**
 * `npm run enrich`: fetches the arXiv records of papers whose record is incomplete and saves them in
 * `content/sources/`. See `enrich/run-enrich.ts`.
 */
import { resolve } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { runEnrich } from './enrich/run-enrich.ts';

process.exitCode = await runEnrich({
  root: resolve(import.meta.dirname, '..'),
  fetch: globalThis.fetch,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  pause: (milliseconds) => setTimeout(milliseconds).then(() => undefined),
});

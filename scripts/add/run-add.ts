/**
 * `npm run add`: check everything first, write only when every argument checked out, then say what
 * happened and what to do next. All-or-nothing, so a typo in one id never leaves half a change.
 *
 *   arguments → read and check each file → one arXiv request for all ids → check the answer
 *     → plan names against content/sources/ → write atomically → report
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { describeFailure } from '../../src/lib/failure-message.ts';
import { withProjectLock, type LockOptions } from '../../src/lib/project-lock.ts';
import { arxivAtom } from '../ingest/formats/arxiv-atom.ts';
import { isArxivAtomFeed } from '../ingest/formats/arxiv-atom/read-feed.ts';
import type { DocumentFormat, SourceRecord } from '../ingest/model.ts';
import type { Owner } from '../ingest/ownership.ts';
import { parseAddArguments, usage } from './arguments.ts';
import { fetchArxivResponse, type Fetch } from './arxiv-api.ts';
import { arxivDocumentName } from './arxiv-reference.ts';
import { checkArxivResponse } from './arxiv-response.ts';
import { checkDocument } from './check-document.ts';
import { aliasHint, knownOwner, recordsNotOwned } from './owner-check.ts';
import { planSave, readStoredDocuments, writeAtomically, type StoredDocument } from './source-folder.ts';

export interface AddEnvironment {
  /** The project: documents go to `<root>/content/sources/`. */
  root: string;
  /** Where relative file arguments are resolved: the directory the person ran the command in. */
  cwd: string;
  fetch: Fetch;
  formats: readonly DocumentFormat[];
  out: (text: string) => void;
  err: (text: string) => void;
  /** Runs `npm run build`; resolves to its exit code. */
  build: () => Promise<number>;
  timeoutMs?: number;
  /** How to wait for another run holding the project's lock. */
  lock?: LockOptions;
}

/** A document that passed its checks and is ready to be saved. */
interface Prepared {
  document: StoredDocument;
  /** What it adds, one line per paper or a count. */
  description: string;
  /** An arXiv record may supersede an older record of the same ids. */
  isArxivRecord: boolean;
}

export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

export async function runAdd(argv: readonly string[], environment: AddEnvironment): Promise<number> {
  const { root, cwd, out, err } = environment;
  const parsed = parseAddArguments(argv, (path) => isFile(resolve(cwd, path)));
  if (parsed.kind === 'help') {
    out(usage);
    return exitCodes.ok;
  }
  if (parsed.kind === 'usage-error') {
    err(argv.length === 0 ? usage : `${parsed.message}\nSee \`npm run add -- --help\`.`);
    return exitCodes.usage;
  }
  const { request } = parsed;
  const owner = knownOwner(
    await readIfExists(join(root, contentPaths.profile)),
    await readIfExists(join(root, contentPaths.siteData)),
  );

  const prepared: Prepared[] = [];
  const failures: string[] = [];
  for (const file of request.files) {
    const result = await prepareFile(file, owner, environment);
    if (typeof result === 'string') failures.push(result);
    else prepared.push(result);
  }
  // A bad file already fails the command, so arXiv is not asked for anything that would be thrown away.
  if (failures.length === 0 && request.arxivIds.length > 0) {
    const result = await prepareArxivRecord(request.arxivIds, owner, environment);
    if (typeof result === 'string') failures.push(result);
    else prepared.push(result);
  }
  if (failures.length > 0) {
    err(`${failures.join('\n')}\nNothing was added.`);
    return exitCodes.failed;
  }

  // Planned and written under the project's lock: two adds of the same name, or an add during an
  // ingest, each see what the other wrote (src/lib/project-lock.ts).
  let wroteAnything: boolean;
  try {
    wroteAnything = await withProjectLock(root, 'npm run add', () => savePrepared(prepared, root, out), { log: err, ...environment.lock });
  } catch (error) {
    err(`${describeFailure(error, root)}\nNothing more was added.`);
    return exitCodes.failed;
  }

  if (request.build) {
    out('Rebuilding the site (npm run build)…');
    return environment.build();
  }
  if (!wroteAnything) return exitCodes.ok;
  out('Next: run `npm run build` to put it on the site (a running `npm run dev` picks it up by itself).');
  return exitCodes.ok;
}

/** Saves each prepared document; true when anything was written. */
async function savePrepared(prepared: readonly Prepared[], root: string, out: (text: string) => void): Promise<boolean> {
  const sourcesFolder = join(root, contentPaths.sources);
  const shown = (name: string) => relative(root, join(sourcesFolder, name));
  const existing = await readStoredDocuments(sourcesFolder);
  let wroteAnything = false;
  for (const item of prepared) {
    const plan = planSave(existing, item.document, (current) => item.isArxivRecord && isArxivRecord(current));
    if (plan.action === 'unchanged') {
      out(`Already in ${shown(plan.name)}, nothing to do: ${item.description}`);
      continue;
    }
    await writeAtomically(sourcesFolder, plan.name, item.document.bytes);
    // Later arguments are planned against what this command has written so far.
    const saved = { name: plan.name, bytes: item.document.bytes };
    const index = existing.findIndex((document) => document.name === plan.name);
    if (index === -1) existing.push(saved);
    else existing[index] = saved;
    wroteAnything = true;
    out(`${plan.replaces ? 'Updated' : 'Added'} ${shown(plan.name)}: ${item.description}`);
  }
  return wroteAnything;
}

async function prepareFile(
  file: string,
  owner: Owner | undefined,
  environment: AddEnvironment,
): Promise<Prepared | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(environment.cwd, file));
  } catch (error) {
    return `Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
  // A leading dot would hide the document from the ingest, which skips dotfiles as temporary.
  const name = basename(file).replace(/^\.+/, '') || 'document';
  const checked = checkDocument({ name, bytes }, environment.formats, file);
  if (!checked.ok) return checked.message;
  const notOwned = recordsNotOwned(checked.subject, checked.records, owner);
  if (notOwned.length === checked.records.length) {
    const [first] = notOwned;
    return `${file}: the site would leave out ${checked.records.length === 1 ? 'its publication' : `all ${checked.records.length} of its publications`}: ${first?.reason ?? ''}. ${aliasHint}`;
  }
  const warnings = [
    ...checked.warnings.map((warning) => `${file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`),
    ...notOwned.map(
      ({ record, reason }) => `${file}:${record.line}: “${record.title ?? 'untitled'}” will be left out: ${reason}.`,
    ),
  ];
  for (const warning of warnings) environment.err(`warning: ${warning}`);
  const count = checked.records.length;
  const description =
    count === 1
      ? `${checked.format.label}, ${describeRecord(checked.records[0])}`
      : `${checked.format.label}, ${count} publications`;
  return { document: { name, bytes }, description, isArxivRecord: checked.format.name === 'arxiv-atom' };
}

async function prepareArxivRecord(
  ids: readonly string[],
  owner: Owner | undefined,
  environment: AddEnvironment,
): Promise<Prepared | string> {
  const response = await fetchArxivResponse(ids, environment.fetch, environment.timeoutMs);
  if (!response.ok) return response.message;
  const checked = checkArxivResponse(response.text, ids);
  if (!checked.ok) return checked.message;
  // A mistyped id fetches a stranger's paper; refuse it rather than add something the site would drop.
  const { subject, records } = arxivAtom.parse({ name: arxivDocumentName(ids), text: response.text });
  const notOwned = recordsNotOwned(subject, records, owner);
  if (notOwned.length > 0) {
    return notOwned
      .map(
        ({ record, reason }) =>
          `arXiv ${record.arxiv ?? '?'} is “${record.title ?? ''}” by ${authorsShort(record.authors ?? [])}: ${reason}, so the site would leave it out. Check the id. ${aliasHint}`,
      )
      .join('\n');
  }
  // Entries come back in the order the ids were asked for.
  const description = checked.entries
    .map(
      (entry, index) =>
        `arXiv ${ids[index]} “${entry.title}” — ${authorsShort(entry.authors.map((author) => author.name))}`,
    )
    .join('; ');
  return { document: { name: arxivDocumentName(ids), bytes: response.bytes }, description, isArxivRecord: true };
}

function describeRecord(record: SourceRecord | undefined): string {
  if (!record) return 'no publication';
  const title = record.title ? `“${record.title}”` : 'an untitled publication';
  return record.authors?.length ? `${title} — ${authorsShort(record.authors)}` : title;
}

function authorsShort(authors: readonly string[]): string {
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', ');
}

/** Only an arXiv record is superseded by a fresher one; anything else under that name is kept. */
function isArxivRecord(document: StoredDocument): boolean {
  return isArxivAtomFeed(new TextDecoder().decode(document.bytes));
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

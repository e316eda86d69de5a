/**
 * `npm run import`: fetch every answer first, check each with the ingest's own reading, and write
 * only when all of them checked out, so an offline machine, a rate limit or a mistyped id leaves
 * content/sources/ exactly as it was.
 *
 *   arguments (+ recorded imports for --refresh) → fetch one by one, politely → check each answer
 *     → write atomically, replacing an earlier answer of the same service and id → report
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { describeFailure } from '../../src/lib/failure-message.ts';
import { withProjectLock, type LockOptions } from '../../src/lib/project-lock.ts';
import type { Fetch } from '../add/arxiv-api.ts';
import { checkDocument } from '../add/check-document.ts';
import { aliasHint, knownOwner, recordsNotOwned } from '../add/owner-check.ts';
import { planSave, readStoredDocuments, writeAtomically, type StoredDocument } from '../add/source-folder.ts';
import type { DocumentFormat } from '../ingest/model.ts';
import { parseImportArguments, usage, type ImportRequest } from './arguments.ts';
import { contactFromProfile, userAgentFor } from './contact.ts';
import { createClient } from './http.ts';
import { services } from './services.ts';

export interface ImportEnvironment {
  root: string;
  fetch: Fetch;
  formats: readonly DocumentFormat[];
  out: (text: string) => void;
  err: (text: string) => void;
  build: () => Promise<number>;
  /** Resolves after `ms`: the pause between two requests to one service. */
  wait: (ms: number) => Promise<void>;
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
  /** How to wait for another run holding the project's lock. */
  lock?: LockOptions;
}

export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

interface Answer {
  document: StoredDocument;
  description: string;
}

export async function runImport(argv: readonly string[], environment: ImportEnvironment): Promise<number> {
  const { root, out, err } = environment;
  const parsed = parseImportArguments(argv);
  if (parsed.kind === 'help') {
    out(usage);
    return exitCodes.ok;
  }
  if (parsed.kind === 'usage-error') {
    err(`${parsed.message}\nSee \`npm run import -- --help\`.`);
    return exitCodes.usage;
  }
  const sourcesFolder = join(root, contentPaths.sources);
  const existing = await readStoredDocuments(sourcesFolder);
  const imports = withRecordedImports(parsed.request, existing);
  if (imports.length === 0) {
    out('Nothing was imported before, so there is nothing to refresh. Import with --orcid, --openalex, --dblp or --semantic-scholar first.');
    return exitCodes.ok;
  }

  const profileText = await readIfExists(join(root, contentPaths.profile));
  const contact = contactFromProfile(profileText);
  if (!contact) err('warning: content/profile.yaml has no email:, so the services get no contact address (OpenAlex then serves from its slower common pool).');
  const owner = knownOwner(profileText, await readIfExists(join(root, contentPaths.siteData)));
  const client = createClient({ fetch: environment.fetch, wait: environment.wait, userAgent: userAgentFor(contact), ...(environment.timeoutMs ? { timeoutMs: environment.timeoutMs } : {}) });

  const answers: Answer[] = [];
  const failures: string[] = [];
  for (const { service, id } of imports) {
    out(`Asking ${service.label} for ${id}…`);
    const reply = await service.fetchAnswer(id, { client, contact, env: environment.env });
    if (!reply.ok) {
      failures.push(reply.message);
      continue;
    }
    const document = { name: service.documentName(id), bytes: new TextEncoder().encode(reply.text) };
    const checked = checkDocument(document, environment.formats, `${service.label}'s answer for ${id}`);
    if (!checked.ok) {
      failures.push(checked.message);
      continue;
    }
    if (checked.format.name !== service.format) {
      failures.push(`${service.label}'s answer for ${id} reads as ${checked.format.label}, not the answer expected; nothing was made of it.`);
      continue;
    }
    const notOwned = recordsNotOwned(checked.subject, checked.records, owner);
    if (notOwned.length === checked.records.length) {
      failures.push(`${service.label} ${id} is not the owner's: ${notOwned[0]?.reason ?? ''}. Check the id. ${aliasHint}`);
      continue;
    }
    answers.push({ document, description: `${checked.records.length} ${checked.records.length === 1 ? 'work' : 'works'} from ${service.label}` });
  }
  if (failures.length > 0) {
    err(`${failures.join('\n')}\nNothing was imported.`);
    return exitCodes.failed;
  }

  // Planned and written under the project's lock, as `npm run add` does: a concurrent ingest or add
  // sees either none of the answers or all of them (src/lib/project-lock.ts).
  let wroteAnything: boolean;
  try {
    wroteAnything = await withProjectLock(root, 'npm run import', () => saveAnswers(answers, root, out), { log: err, ...environment.lock });
  } catch (error) {
    err(`${describeFailure(error, root)}\nNothing more was saved.`);
    return exitCodes.failed;
  }
  if (parsed.request.build) {
    out('Rebuilding the site (npm run build)…');
    return environment.build();
  }
  if (wroteAnything) out('Next: run `npm run build` to put it on the site (a running `npm run dev` picks it up by itself).');
  return exitCodes.ok;
}

/**
 * Writes the answers, planned against what content/sources/ holds now: an earlier answer of the same
 * service and id is replaced, the same bytes under any name mean nothing to do.
 */
async function saveAnswers(answers: readonly Answer[], root: string, out: (text: string) => void): Promise<boolean> {
  const sourcesFolder = join(root, contentPaths.sources);
  const existing = await readStoredDocuments(sourcesFolder);
  const shown = (name: string) => relative(root, join(sourcesFolder, name));
  let wroteAnything = false;
  for (const { document, description } of answers) {
    const plan = planSave(existing, document, (current) => current.name === document.name);
    if (plan.action === 'unchanged') {
      out(`Unchanged since the last import: ${shown(plan.name)} (${description}).`);
      continue;
    }
    await writeAtomically(sourcesFolder, plan.name, document.bytes);
    wroteAnything = true;
    out(`${plan.replaces ? 'Updated' : 'Saved'} ${shown(plan.name)}: ${description}.`);
  }
  return wroteAnything;
}

/** The request, plus with --refresh every service and id whose answer is already saved. */
function withRecordedImports(request: ImportRequest, existing: readonly StoredDocument[]) {
  const imports = [...request.imports];
  if (!request.refresh) return imports;
  for (const document of [...existing].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const service of services) {
      const id = service.idOf(document.name);
      if (id && !imports.some((item) => item.service === service && item.id === id)) imports.push({ service, id });
    }
  }
  return imports;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

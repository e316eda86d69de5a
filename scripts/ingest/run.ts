/**
 * The ingest with its file access: read documents, profile, taxonomy and the current collection;
 * run the pure pipeline; write the collection (in one swap), the taxonomy, the site data and the
 * report. `scripts/ingest.ts` is the command line around this.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { errorLine, errorReason, readYaml } from '../../src/lib/yaml.ts';
import { readProfile } from '../../src/lib/read-profile.ts';
import { CommandStopped, describeFailure } from '../../src/lib/failure-message.ts';
import { withProjectLock, type LockOptions } from '../../src/lib/project-lock.ts';
import type { Diagnostic, DocumentFormat, RawDocument } from './model.ts';
import { noOwnerMerges, ownerMergesSchema, type OwnerMerges } from './resolve/owner-merges.ts';
import { hashOf, readState, stableJson } from './reconcile/state.ts';
import { codeFingerprint, fingerprintOf, type IngestInputs } from './reconcile/fingerprint.ts';
import { repeatedRunReport, type IngestReport } from '../../src/lib/ingest-report.ts';
import { parseTaxonomy, renderTaxonomy } from './taxonomy-file.ts';
import { preloadTagger } from './topics/part-of-speech.ts';
import { readIfExists, recoverInterruptedSwap, replaceFolder, writeFileAtomic } from '../../src/lib/write-output.ts';

export interface IngestOptions {
  /** The project folder, holding `content/`. */
  root: string;
  formats?: readonly DocumentFormat[];
  /** How to wait for another run holding the project's lock (src/lib/project-lock.ts). */
  lock?: LockOptions;
  /**
   * Called when the new collection is ready, just before it replaces the old one. Tests write a hand
   * edit here, at the worst moment, to check that it survives.
   */
  onBeforeSwap?: () => void | Promise<void>;
}

/** How many times the ingest reads the collection again when the owner keeps editing it meanwhile. */
const maxAttempts = 3;

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  return withProjectLock(options.root, 'npm run ingest', () => ingest(options), options.lock);
}

async function ingest(options: IngestOptions): Promise<IngestReport> {
  const at = (path: string) => join(options.root, path);
  const diagnostics: Diagnostic[] = [];
  // Notes on this run alone (an interrupted swap recovered, a file saved meanwhile): a run that
  // repeats it would not give them, so they are left out of what the next run may report.
  const thisRunOnly = new Set<Diagnostic>();
  const noteOnce = (diagnostic: Diagnostic) => {
    diagnostics.push(diagnostic);
    thisRunOnly.add(diagnostic);
  };
  const collectionFolder = at(contentPaths.publications);
  const noteOnCollection = (message: string) => noteOnce({ level: 'warning', file: contentPaths.publications, message });
  for (const note of await recoverInterruptedSwap(collectionFolder)) noteOnCollection(note);

  const documents = await readSources(options.root, diagnostics);
  // Without a taxonomy, this run derives one from the documents' papers, which needs the
  // part-of-speech model.
  if (documents.length > 0 && !existsSync(at(contentPaths.topics))) preloadTagger();
  const profileText = await readIfExists(at(contentPaths.profile));
  const profileRead = readProfile(profileText, contentPaths.profile);
  const profile = profileRead.profile;
  diagnostics.push(...profileRead.diagnostics);
  const taxonomyStamp = stampOf(at(contentPaths.topics));
  const taxonomyText = await readIfExists(at(contentPaths.topics));
  const taxonomy = parseTaxonomy(taxonomyText, contentPaths.topics);
  if (!taxonomy.ok) diagnostics.push(taxonomy.diagnostic);
  const mergesText = await readIfExists(at(contentPaths.merges));
  const merges = readMerges(mergesText, diagnostics);
  const stateName = contentPaths.state.slice(contentPaths.publications.length + 1);
  // With the document formats of a test, the code that reads them is not the code fingerprinted.
  const skipsRepeats = options.formats === undefined;
  const inputs = (collection: IngestInputs['collection'], outputs: Pick<IngestInputs, 'taxonomy' | 'siteData' | 'report'>) =>
    fingerprintOf({
      code: codeFingerprint(),
      documents,
      readProblems: diagnostics.filter((diagnostic) => !thisRunOnly.has(diagnostic)),
      profile: profileText,
      merges: mergesText,
      collection,
      ...outputs,
    });

  for (let attempt = 1; ; attempt += 1) {
    const collection = readCollection(collectionFolder);
    if (attempt === 1 && skipsRepeats) {
      // Unreadable is as good as absent here: the run goes ahead in full, and its writes say why not.
      const last = readLastRun(await readIfExists(at(contentPaths.lastRun)).catch(() => undefined));
      if (last && thisRunOnly.size === 0) {
        const outputs = {
          taxonomy: taxonomyText,
          siteData: await readIfExists(at(contentPaths.siteData)),
          report: await readIfExists(at(contentPaths.report)),
        };
        // Nothing read differs from what the last run left: running again would write the same files.
        if (last.fingerprint === inputs(collection, outputs)) return { ...last.report, repeated: true };
      }
    }
    const publicationFiles = new Map([...collection.texts].filter(([name]) => name.endsWith('.mdx')));
    const previousState = collection.texts.get(stateName);
    const stateRead = readState(previousState);
    const hasPublications = publicationFiles.size > 0;
    const stateProblem = stateRead.problem ?? (previousState === undefined && hasPublications ? 'is missing' : undefined);
    const stateNotes: Diagnostic[] = stateProblem
      ? [
          {
            level: 'warning',
            file: contentPaths.state,
            message: `${stateProblem}; it was rebuilt from the collection. Papers were matched to their files by ids, titles and abstracts, and every field that differs from the documents was kept as a hand edit.`,
          },
        ]
      : [];
    for (const note of stateNotes) thisRunOnly.add(note);
    const previousTaxonomyHash = stateRead.state.taxonomy;
    const { runPipeline } = await import('./pipeline.ts');
    const { documentFormats } = await import('./formats/index.ts');
    const result = runPipeline({
      documents,
      profile,
      taxonomy: taxonomy.ok ? taxonomy.topics : undefined,
      taxonomyIsDerived: taxonomyText !== undefined && hashOf(taxonomyText) === previousTaxonomyHash,
      collection: { files: publicationFiles, state: stateRead.state },
      formats: options.formats ?? documentFormats,
      collectionPath: contentPaths.publications,
      merges,
    });

    const writeTaxonomy = taxonomy.ok && (taxonomy.topics === undefined || result.taxonomy.changed);
    const newTaxonomyText = writeTaxonomy ? renderTaxonomy(result.taxonomy.topics) : taxonomyText;
    // Remember what the ingest wrote, so that an owner's edits to the file can be told apart.
    const taxonomyHash = writeTaxonomy && newTaxonomyText ? hashOf(newTaxonomyText) : previousTaxonomyHash;
    if (taxonomyHash) result.files.state.taxonomy = taxonomyHash;
    const written = new Map(result.files.written);
    const stateText = `${stableJson(result.files.state, 2)}\n`;
    written.set(stateName, stateText);
    // Everything in the folder that the ingest does not manage (images, notes) moves over untouched.
    const carried = new Set([
      ...result.files.kept,
      ...collection.names.filter((file) => !file.endsWith('.mdx') && file !== stateName),
    ]);
    const existing = new Map(publicationFiles).set(stateName, previousState ?? '');
    const unchanged =
      result.files.deleted.length === 0 && [...written].every(([name, text]) => existing.get(name) === text);
    // Files whose text is the same are linked into the new folder rather than written again.
    for (const [name, text] of written) {
      if (existing.get(name) === text) {
        written.delete(name);
        carried.add(name);
      }
    }
    // No lost update: a file the owner saved since it was read is never replaced by what the ingest
    // made of the older text. The collection is read again and merged afresh instead.
    let changedMeanwhile: string[] = [];
    const beforeSwap = async () => {
      await options.onBeforeSwap?.();
      changedMeanwhile = changedSince(collectionFolder, collection);
      return changedMeanwhile.length === 0;
    };
    // Rewriting an unchanged collection would only make `astro dev` reload every page.
    const swap = unchanged ? { mode: 'unchanged', notes: [] } : await replaceFolder(collectionFolder, written, carried, { beforeSwap });
    if (swap.mode === 'declined') {
      const named = changedMeanwhile.map((name) => `${contentPaths.publications}/${name}`).join(', ');
      if (attempt >= maxAttempts) {
        throw new CommandStopped(
          `${named} changed while the ingest ran, ${maxAttempts} times over; nothing was written and your version is kept. Run the ingest again once the edits have stopped.`,
        );
      }
      for (const name of changedMeanwhile) {
        noteOnce({
          level: 'warning',
          file: `${contentPaths.publications}/${name}`,
          message: 'changed while the ingest ran; it was read again and merged, so your edit is kept.',
        });
      }
      continue;
    }
    for (const note of swap.notes) noteOnCollection(note);
    if (writeTaxonomy && newTaxonomyText !== undefined) {
      if (stampOf(at(contentPaths.topics)) === taxonomyStamp) await writeFileAtomic(at(contentPaths.topics), newTaxonomyText);
      else noteOnce({ level: 'warning', file: contentPaths.topics, message: 'changed while the ingest ran, so it was left as you saved it; run the ingest again to add new topics to it.' });
    }
    const siteDataText = `${stableJson(result.siteData, 2)}\n`;
    await writeFileAtomic(at(contentPaths.siteData), siteDataText);
    const report: IngestReport = { ...result.report, diagnostics: [...diagnostics, ...stateNotes, ...result.report.diagnostics] };
    const reportText = `${JSON.stringify(report, null, 2)}\n`;
    await writeFileAtomic(at(contentPaths.report), reportText);
    // Written last, and only after an undisturbed run: it vouches for every file written above.
    if (skipsRepeats && thisRunOnly.size === 0) {
      const after =
        swap.mode === 'unchanged' ? collection : collectionAfterSwap(collection, written, carried);
      const lastRun: LastRun = {
        fingerprint: inputs(after, { taxonomy: newTaxonomyText, siteData: siteDataText, report: reportText }),
        report: repeatedRunReport(report),
      };
      await writeFileAtomic(at(contentPaths.lastRun), `${JSON.stringify(lastRun)}\n`);
    }
    return report;
  }
}

/** What the last undisturbed run left (see `reconcile/fingerprint.ts`), and what a repeat of it reports. */
interface LastRun {
  fingerprint: string;
  report: IngestReport;
}

function readLastRun(text: string | undefined): LastRun | undefined {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<LastRun>;
    return typeof data.fingerprint === 'string' && data.report && typeof data.report === 'object' ? (data as LastRun) : undefined;
  } catch {
    // Damaged: the run goes ahead in full and writes it afresh.
    return undefined;
  }
}

/**
 * The collection folder as `replaceFolder` leaves it, as `readCollection` would read it next time:
 * the files written and the files carried over, the text of each `.mdx` and `.json` file.
 */
function collectionAfterSwap(
  before: CollectionSnapshot,
  written: ReadonlyMap<string, string>,
  carried: ReadonlySet<string>,
): IngestInputs['collection'] {
  const names = [...new Set([...written.keys(), ...carried])].sort();
  const texts = new Map<string, string>();
  for (const name of names) {
    if (!name.endsWith('.mdx') && !name.endsWith('.json')) continue;
    const text = written.get(name) ?? before.texts.get(name);
    if (text !== undefined) texts.set(name, text);
  }
  return { names, texts };
}

interface CollectionSnapshot {
  names: string[];
  /** Every file's text: `.mdx` files and the state are read, images only stamped. */
  texts: Map<string, string>;
  stamps: Map<string, string>;
}

/**
 * The collection as read, with a stamp of each file taken before reading it: if the file changes
 * between stamp and read, the stamp is already stale, so a later check errs towards "changed".
 */
function readCollection(folder: string): CollectionSnapshot {
  const names = listFilesSync(folder);
  const texts = new Map<string, string>();
  const stamps = new Map<string, string>();
  // Read synchronously: awaiting each of 1,000 small files in turn left the ingest waiting 200 ms
  // on the event loop.
  for (const name of names) {
    stamps.set(name, stampOf(join(folder, name)));
    if (name.endsWith('.mdx') || name.endsWith('.json')) {
      const text = readTextIfExists(join(folder, name));
      if (text !== undefined) texts.set(name, text);
    }
  }
  return { names, texts, stamps };
}

/** Files added, removed or rewritten since the snapshot. */
function changedSince(folder: string, snapshot: CollectionSnapshot): string[] {
  const now = listFilesSync(folder);
  const names = new Set([...now, ...snapshot.names]);
  return [...names].filter((name) => stampOf(join(folder, name)) !== snapshot.stamps.get(name)).sort();
}

/** Identity, size and modification time: an editor's save changes one of them, in place or by rename. */
function stampOf(path: string): string {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch {
    return 'absent';
  }
}

function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function listFilesSync(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Every file below the sources folder, sorted by name so that runs are reproducible. A symbolic
 * link is followed when it points inside the project and skipped with a message otherwise (a link
 * out of the project is not the owner's document to publish); a document that cannot be read is
 * reported and the others are read as usual.
 */
async function readSources(root: string, diagnostics: Diagnostic[]): Promise<RawDocument[]> {
  const folder = join(root, contentPaths.sources);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const projectRoot = await realpath(root);
  const documents: RawDocument[] = [];
  const listed = entries
    .map((entry) => ({ entry, name: relative(folder, join(entry.parentPath, entry.name)) }))
    .filter(({ name }) => !name.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { entry, name } of listed) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const path = join(folder, name);
    const problem = (message: string) => diagnostics.push({ level: 'warning', file: name, message });
    try {
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined);
        if (target === undefined) {
          problem('is a symbolic link to nothing (its target is gone), so it was skipped.');
          continue;
        }
        if (target !== projectRoot && !target.startsWith(`${projectRoot}/`)) {
          problem(`is a symbolic link to ${target}, outside the project, so it was skipped. Copy the document into ${contentPaths.sources} to use it.`);
          continue;
        }
        if (!(await stat(target)).isFile()) continue;
      }
      documents.push({ name, bytes: new Uint8Array(await readFile(path)) });
    } catch (error) {
      diagnostics.push({ level: 'error', file: name, message: `could not be read (${describeFailure(error, root)}); it was skipped.` });
    }
  }
  return documents;
}

/** `content/merges.yaml`, or none when it is absent or unreadable (with an error naming it). */
function readMerges(text: string | undefined, diagnostics: Diagnostic[]): OwnerMerges {
  if (text === undefined) return noOwnerMerges;
  let data: unknown;
  try {
    data = readYaml(text) ?? {};
  } catch (error) {
    const line = errorLine(error);
    diagnostics.push({ level: 'error', file: contentPaths.merges, ...(line ? { line } : {}), message: `is not valid YAML (${errorReason(error)}); it was ignored.` });
    return noOwnerMerges;
  }
  const parsed = ownerMergesSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  diagnostics.push({
    level: 'error',
    file: contentPaths.merges,
    message: `\`${issue?.path.join('.') || 'merges'}\` ${issue?.message}; the file was ignored. Expected \`same:\` and \`different:\`, each a list of pairs such as ["arXiv:2403.01234", "doi:10.1000/xyz"].`,
  });
  return noOwnerMerges;
}

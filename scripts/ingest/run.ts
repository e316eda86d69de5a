/**
 * The ingest with its file access: read documents, profile, taxonomy and the current collection;
 * run the pure pipeline; write the collection (in one swap), the taxonomy, the site data and the
 * report. `scripts/ingest.ts` is the command line around this.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { errorLine, errorReason, readYaml } from '../../src/lib/yaml.ts';
import { profileSchema, type Profile } from '../../src/schema/profile.ts';
import { documentFormats } from './formats/index.ts';
import type { Diagnostic, DocumentFormat, RawDocument } from './model.ts';
import { runPipeline } from './pipeline.ts';
import { noOwnerMerges, ownerMergesSchema, type OwnerMerges } from './resolve/owner-merges.ts';
import { hashOf, parseState, stableJson } from './reconcile/state.ts';
import type { IngestReport } from './report.ts';
import { parseTaxonomy, renderTaxonomy } from './taxonomy-file.ts';
import { listFiles, readIfExists, recoverInterruptedSwap, replaceFolder, writeFileAtomic } from './write-output.ts';

export interface IngestOptions {
  /** The project folder, holding `content/`. */
  root: string;
  formats?: readonly DocumentFormat[];
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const at = (path: string) => join(options.root, path);
  const diagnostics: Diagnostic[] = [];
  const collectionFolder = at(contentPaths.publications);
  await recoverInterruptedSwap(collectionFolder);

  const documents = await readSources(at(contentPaths.sources));
  const profile = readProfile(await readIfExists(at(contentPaths.profile)), diagnostics);
  const taxonomyText = await readIfExists(at(contentPaths.topics));
  const taxonomy = parseTaxonomy(taxonomyText, contentPaths.topics);
  if (!taxonomy.ok) diagnostics.push(taxonomy.diagnostic);
  const merges = readMerges(await readIfExists(at(contentPaths.merges)), diagnostics);
  const collectionFiles = await listFiles(collectionFolder);
  const stateName = contentPaths.state.slice(contentPaths.publications.length + 1);
  const publicationFiles = new Map<string, string>();
  // Read synchronously, as `replaceFolder` writes: awaiting each of 1,000 small files in turn left
  // the ingest waiting 200 ms on the event loop.
  for (const name of collectionFiles.filter((file) => file.endsWith('.mdx'))) {
    publicationFiles.set(name, readFileSync(join(collectionFolder, name), 'utf8'));
  }

  const previousState = await readIfExists(at(contentPaths.state));
  const previousTaxonomyHash = parseState(previousState).taxonomy;
  const result = runPipeline({
    documents,
    profile,
    taxonomy: taxonomy.ok ? taxonomy.topics : undefined,
    taxonomyIsDerived: taxonomyText !== undefined && hashOf(taxonomyText) === previousTaxonomyHash,
    collection: { files: publicationFiles, state: parseState(previousState) },
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
    ...collectionFiles.filter((file) => !file.endsWith('.mdx') && file !== stateName),
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
  // Rewriting an unchanged collection would only make `astro dev` reload every page.
  if (!unchanged) await replaceFolder(collectionFolder, written, carried);
  if (writeTaxonomy && newTaxonomyText !== undefined) await writeFileAtomic(at(contentPaths.topics), newTaxonomyText);
  await writeFileAtomic(at(contentPaths.siteData), `${stableJson(result.siteData, 2)}\n`);
  const report: IngestReport = { ...result.report, diagnostics: [...diagnostics, ...result.report.diagnostics] };
  await writeFileAtomic(at(contentPaths.report), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** Every file below the sources folder, sorted by name so that runs are reproducible. */
async function readSources(folder: string): Promise<RawDocument[]> {
  const names = await listFiles(folder);
  const visible = names.filter((name) => !name.split('/').some((part) => part.startsWith('.')));
  return Promise.all(
    visible.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(folder, name))) })),
  );
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

function readProfile(text: string | undefined, diagnostics: Diagnostic[]): Profile {
  const fallback = profileSchema.parse({});
  if (text === undefined) return fallback;
  let data: unknown;
  try {
    data = readYaml(text) ?? {};
  } catch (error) {
    const line = errorLine(error);
    diagnostics.push({
      level: 'error',
      file: contentPaths.profile,
      ...(line ? { line } : {}),
      message: `is not valid YAML (${errorReason(error)}); it was ignored.`,
    });
    return fallback;
  }
  const parsed = profileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  diagnostics.push({
    level: 'error',
    file: contentPaths.profile,
    message: `\`${issue?.path.join('.')}\` ${issue?.message}; the file was ignored.`,
  });
  return fallback;
}

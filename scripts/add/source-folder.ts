/**
 * Saving into `content/sources/`: where a new document goes (a pure plan) and the write itself.
 * Nothing already there is ever lost: a different document with the same name keeps its name and the
 * new one gets a free name; the same bytes under any name mean there is nothing to do.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface StoredDocument {
  name: string;
  bytes: Uint8Array;
}

export type SavePlan =
  /** Write `name`; `replaces` when it supersedes a document of that name (a refreshed arXiv record). */
  | { action: 'write'; name: string; replaces: boolean }
  /** These exact bytes are already stored, as `name`. */
  | { action: 'unchanged'; name: string };

/**
 * @param mayReplace whether an existing document of the wanted name may be superseded. Only an arXiv
 * record for the same ids may: re-adding a paper fetches its current record, which replaces the old.
 */
export function planSave(
  existing: readonly StoredDocument[],
  wanted: StoredDocument,
  mayReplace: (current: StoredDocument) => boolean = () => false,
): SavePlan {
  const identical = existing.find((document) => sameBytes(document.bytes, wanted.bytes));
  if (identical) return { action: 'unchanged', name: identical.name };
  const taken = new Set(existing.map((document) => document.name.toLowerCase()));
  const current = existing.find((document) => document.name.toLowerCase() === wanted.name.toLowerCase());
  if (!current) return { action: 'write', name: wanted.name, replaces: false };
  if (mayReplace(current)) return { action: 'write', name: current.name, replaces: true };
  return { action: 'write', name: freeName(wanted.name, taken), replaces: false };
}

/** `papers.bib` → `papers-2.bib`, `papers-3.bib`, … — the first that is free (case-insensitively). */
function freeName(name: string, taken: ReadonlySet<string>): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let counter = 2; ; counter += 1) {
    const candidate = `${stem}-${counter}${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/**
 * The documents in the folder; none when it does not exist yet. Names starting with a dot are
 * skipped: they are temporary files (ours included) and editor droppings, not documents.
 */
export async function readStoredDocuments(folder: string): Promise<StoredDocument[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  return Promise.all(
    files.map(async (entry) => ({ name: entry.name, bytes: await readFile(join(folder, entry.name)) })),
  );
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a watcher or a
 * concurrent build sees either no document or the whole document, never half of one.
 */
export async function writeAtomically(folder: string, name: string, bytes: Uint8Array): Promise<void> {
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, join(folder, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

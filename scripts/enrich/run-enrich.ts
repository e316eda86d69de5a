/**
 * `npm run enrich`: completes papers from their arXiv records. It finds the papers with an arXiv id
 * and an incomplete record (`incomplete-papers.ts`), fetches their arXiv records in one request per
 * batch of ids, and saves each answer in `content/sources/` exactly as `npm run add` does; the next
 * build merges each record into its paper in place (same file, same slug).
 *
 * All or nothing, like `npm run add`: every request is made and checked before anything is written,
 * so an answer that fails (offline, arXiv busy, a withdrawn id) leaves the folder as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { describeFailure } from '../../src/lib/failure-message.ts';
import { withProjectLock } from '../../src/lib/project-lock.ts';
import { arxivIdOfEntry } from '../ingest/formats/arxiv-atom.ts';
import { isArxivAtomFeed, readArxivFeed } from '../ingest/formats/arxiv-atom/read-feed.ts';
import { splitPublicationFile } from '../../src/lib/publication-file.ts';
import { fetchArxivResponse, type Fetch } from '../add/arxiv-api.ts';
import { arxivDocumentName } from '../add/arxiv-reference.ts';
import { checkArxivResponse } from '../add/arxiv-response.ts';
import { planSave, readStoredDocuments, writeAtomically, type StoredDocument } from '../add/source-folder.ts';
import { batches, incompletePapers, type PaperFields } from './incomplete-papers.ts';

export interface EnrichEnvironment {
  root: string;
  fetch: Fetch;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Waits between requests: arXiv asks for no more than one request every three seconds. */
  pause: (milliseconds: number) => Promise<void>;
  /** Ids per request. */
  batchSize?: number;
  timeoutMs?: number;
}

export const arxivRequestInterval = 3_000;
export const defaultBatchSize = 50;

export async function runEnrich(environment: EnrichEnvironment): Promise<number> {
  const { root, out, err } = environment;
  const sourcesFolder = join(root, contentPaths.sources);
  const existing = await readStoredDocuments(sourcesFolder);
  const papers = incompletePapers(await readPapers(join(root, contentPaths.publications)), idsWithArxivRecords(existing));
  if (papers.length === 0) {
    out('Every paper with an arXiv id is complete or has its arXiv record already; nothing to fetch.');
    return 0;
  }
  const ids = [...new Set(papers.map((paper) => paper.arxiv))];
  out(`${ids.length} paper(s) with an arXiv id are incomplete:`);
  for (const paper of papers) out(`  ${paper.slug} (arXiv ${paper.arxiv}): ${paper.missing.join(', ')}`);

  const answers: StoredDocument[] = [];
  const requests = batches(ids, environment.batchSize ?? defaultBatchSize);
  for (const [index, batch] of requests.entries()) {
    if (index > 0) await environment.pause(arxivRequestInterval);
    const response = await fetchArxivResponse(batch, environment.fetch, environment.timeoutMs);
    const checked = response.ok ? checkArxivResponse(response.text, batch) : response;
    if (!response.ok || !checked.ok) {
      err(`${'message' in checked ? checked.message : ''}\nNothing was written: run \`npm run enrich\` again when arXiv can be reached.`);
      return 1;
    }
    answers.push({ name: arxivDocumentName(batch), bytes: response.bytes });
  }

  // The saves happen under the project lock, like `npm run add`'s: a concurrent ingest or add sees
  // either none of them or all of them (src/lib/project-lock.ts).
  try {
    await withProjectLock(root, 'npm run enrich', () => saveAnswers(answers, root, out), { log: err });
  } catch (error) {
    err(`${describeFailure(error, root)}\nNothing more was saved.`);
    return 1;
  }
  out(`Fetched ${ids.length} arXiv record(s) in ${requests.length} request(s). Next: run \`npm run build\` to complete those papers on the site.`);
  return 0;
}

async function saveAnswers(answers: readonly StoredDocument[], root: string, out: (text: string) => void): Promise<void> {
  const sourcesFolder = join(root, contentPaths.sources);
  // Read again under the lock: another command may have saved a document since the first look.
  const existing = await readStoredDocuments(sourcesFolder);
  const isArxivRecord = (document: StoredDocument) => isArxivAtomFeed(new TextDecoder().decode(document.bytes));
  for (const answer of answers) {
    const plan = planSave(existing, answer, isArxivRecord);
    const shown = relative(root, join(sourcesFolder, plan.name));
    if (plan.action === 'unchanged') {
      out(`Already in ${shown}.`);
      continue;
    }
    await writeAtomically(sourcesFolder, plan.name, answer.bytes);
    existing.push({ name: plan.name, bytes: answer.bytes });
    out(`${plan.replaces ? 'Updated' : 'Saved'} ${shown}.`);
  }
}

/** The frontmatter of every publication file; unreadable files are left to the ingest to report. */
async function readPapers(folder: string): Promise<PaperFields[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const papers: PaperFields[] = [];
  for (const name of names.filter((file) => file.endsWith('.mdx')).sort()) {
    const read = splitPublicationFile(await readFile(join(folder, name), 'utf8'));
    if (read.ok) papers.push({ slug: name.replace(/\.mdx$/, ''), data: read.file.data });
  }
  return papers;
}

function idsWithArxivRecords(documents: readonly StoredDocument[]): Set<string> {
  const ids = new Set<string>();
  for (const document of documents) {
    const text = new TextDecoder().decode(document.bytes);
    if (!isArxivAtomFeed(text)) continue;
    const reading = readArxivFeed(text);
    if (!reading.ok) continue;
    for (const entry of reading.feed.entries) {
      const id = arxivIdOfEntry(entry.id);
      if (id && entry.title) ids.add(id);
    }
  }
  return ids;
}

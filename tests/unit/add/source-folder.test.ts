import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  planSave,
  readStoredDocuments,
  writeAtomically,
  type StoredDocument,
} from '../../../scripts/add/source-folder.ts';

const doc = (name: string, text: string): StoredDocument => ({ name, bytes: new TextEncoder().encode(text) });

describe('planSave', () => {
  const existing = [doc('papers.bib', 'A'), doc('Papers-2.bib', 'B'), doc('arxiv-2406.13629.xml', 'old record')];

  it('writes a new name as it is', () => {
    expect(planSave(existing, doc('talks.bib', 'C'))).toEqual({ action: 'write', name: 'talks.bib', replaces: false });
  });

  it('does nothing when the same bytes are stored under any name', () => {
    expect(planSave(existing, doc('copy-of-papers.bib', 'A'))).toEqual({ action: 'unchanged', name: 'papers.bib' });
  });

  it('never overwrites a different document: the first free name, case-insensitively', () => {
    expect(planSave(existing, doc('papers.bib', 'C'))).toEqual({
      action: 'write',
      name: 'papers-3.bib',
      replaces: false,
    });
    expect(planSave(existing, doc('PAPERS.BIB', 'C'))).toEqual({
      action: 'write',
      name: 'PAPERS-3.BIB',
      replaces: false,
    });
  });

  it('replaces only what the caller allows (a refreshed arXiv record)', () => {
    expect(planSave(existing, doc('arxiv-2406.13629.xml', 'new record'), () => true)).toEqual({
      action: 'write',
      name: 'arxiv-2406.13629.xml',
      replaces: true,
    });
  });
});

describe('writing into the sources folder', () => {
  let folder = '';
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('creates the folder, writes the bytes and leaves no temporary file', async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'add-')), 'content/sources');
    await writeAtomically(folder, 'papers.bib', new TextEncoder().encode('@misc{a, title={A}}'));
    expect(await readdir(folder)).toEqual(['papers.bib']);
    expect(await readFile(join(folder, 'papers.bib'), 'utf8')).toBe('@misc{a, title={A}}');
  });

  it('reads stored documents, skipping hidden and temporary files, and an absent folder as empty', async () => {
    folder = await mkdtemp(join(tmpdir(), 'add-'));
    expect(await readStoredDocuments(join(folder, 'missing'))).toEqual([]);
    await writeAtomically(folder, 'a.txt', new TextEncoder().encode('a'));
    await writeAtomically(folder, '.a.txt.123.tmp', new TextEncoder().encode('partial'));
    expect((await readStoredDocuments(folder)).map((document) => document.name)).toEqual(['a.txt']);
  });
});

import { symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src/lib/failure-message.ts';
import { splitPublicationFile } from '../../../src/lib/publication-file.ts';
import { withPath } from '../../../src/lib/write-output.ts';
import { decodeDocument } from '../../../scripts/ingest/decode.ts';
import { makeProject } from '../ingest/helpers.ts';
import { cleanUpProjects, startIngest } from './helpers.ts';

cleanUpProjects();

// An invented geologist's arXiv listing: one abstract, its id, a created date.
const listing = 'Basalt columns cool from the top down; we date the joints with argon isotopes.\narXiv:2403.01234\nCreated: 2024-03-02\n';

function utf16(text: string, endian: 'le' | 'be', mark: boolean): Uint8Array {
  const units = [...(mark ? '\ufeff' : ''), ...text].flatMap((character) => {
    const code = character.charCodeAt(0);
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

describe('messages that help', () => {
  it('reports an unclosed quote on the line that opens it', () => {
    const text = '---\ntitle: "Basalt columns\nauthors:\n  - Mira Solberg\ndate: "2024"\n---\nBody\n';
    expect(splitPublicationFile(text)).toEqual({
      ok: false,
      line: 2,
      message: 'has invalid YAML frontmatter (a quote opened on this line is never closed).',
    });
  });

  it('reads a publication file that starts with a UTF-8 byte-order mark', () => {
    const read = splitPublicationFile('\ufeff---\ntitle: Basalt Columns\n---\nBody\n');
    expect(read).toEqual({ ok: true, file: { data: { title: 'Basalt Columns' }, body: 'Body\n' } });
  });

  it.each([
    ['little-endian with its mark', 'le', true],
    ['big-endian with its mark', 'be', true],
    ['little-endian without a mark', 'le', false],
  ] as const)('decodes a UTF-16 document (%s) instead of calling it binary', (_, endian, mark) => {
    const decoded = decodeDocument({ name: 'listing.txt', bytes: utf16(listing, endian, mark) });
    expect(decoded).toEqual({ ok: true, document: { name: 'listing.txt', text: listing } });
  });

  it('still calls a real binary file binary', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeDocument({ name: 'photo.png', bytes })).toMatchObject({ ok: false, diagnostic: { message: 'is a binary file, not a text document.' } });
  });

  it('names the file of a disk-full error, without a stack trace', async () => {
    const error = await writeFile('/dev/full', 'x'.repeat(65_536)).catch((caught: unknown) => caught);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(describeFailure(withPath(error, '/site/content/publications/a.mdx'), '/site')).toBe('write content/publications/a.mdx: the disk is full (ENOSPC).');
  });

  it('ends an ingest that cannot write with the path and the reason, not a stack trace', { timeout: 60_000 }, async () => {
    const project = await makeProject();
    await project.write('content/sources/listing.txt', listing);
    // A file where the ingest expects its output folder: the platform-independent way to refuse a write.
    await project.write('content/generated', 'not a folder');
    const result = await startIngest(project.root).done;
    expect(result.code).toBe(1);
    expect(result.output).toContain('The ingest failed: mkdir content/generated: something is already there (a file where a folder belongs?) (EEXIST).');
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it('reads a symlinked document inside the project and skips one pointing outside, saying so', async () => {
    const project = await makeProject();
    await project.write('notes/listing.txt', listing);
    await symlink(join(project.root, 'notes/listing.txt'), join(project.sources, 'inside.txt'));
    const outside = join(tmpdir(), `outside-${process.pid}.txt`);
    await writeFile(outside, listing.replace('2403.01234', '2403.05678'));
    await symlink(outside, join(project.sources, 'outside.txt'));
    const report = await project.run();
    expect(report.documents.map((document) => document.name)).toEqual(['inside.txt']);
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'outside.txt',
      message: `is a symbolic link to ${outside}, outside the project, so it was skipped. Copy the document into content/sources to use it.`,
    });
  });
});

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpProjects, editTitle, expectIntact, ingestedProject } from './helpers.ts';

cleanUpProjects();

const isRoot = process.getuid?.() === 0;
const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

/** Whether this process may bind-mount (root in most containers and CI runners, not elsewhere). */
function canMount(): boolean {
  if (!isRoot) return false;
  const folder = mkdtempSync(join(tmpdir(), 'mount-probe-'));
  try {
    execFileSync('mount', ['--bind', folder, folder], { stdio: 'ignore' });
    execFileSync('umount', [folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A folder that cannot be removed: root ignores permissions, so root marks a file in it immutable
 * (chattr +i); anyone else takes away their own write permission on it.
 */
function makeUnremovable(folder: string): void {
  const file = join(folder, 'left.mdx');
  if (isRoot) {
    execFileSync('chattr', ['+i', file]);
    undo.push(() => execFileSync('chattr', ['-i', file]));
  } else {
    chmodSync(folder, 0o555);
    undo.push(() => chmodSync(folder, 0o755));
  }
}

const newPaper = (index: number) =>
  `@article{p${index}, title = {Permafrost Thaw Under Boreal Lakes, Part ${index}}, author = {Quillfeather, Rowan}, year = {2024}}\n`;

describe('permissions and mounts', { timeout: 60_000 }, () => {
  // Making a mount point needs privileges the platform gives only to root; elsewhere this case
  // cannot be set up at all (the leftover case below runs everywhere).
  it.runIf(canMount())('updates a collection that is a mount point file by file, and every later run still works', async () => {
    const project = await ingestedProject(10);
    const [slug = ''] = (await project.publicationFiles()).keys();
    await editTitle(project, slug, 'Kept on a Mounted Collection');
    execFileSync('mount', ['--bind', project.publications, project.publications]);
    undo.push(() => execFileSync('umount', [project.publications]));
    for (const index of [1, 2]) {
      await project.write(`content/sources/new ${index}.bib`, newPaper(index));
      const report = await project.run();
      expect(report.diagnostics).toContainEqual(
        expect.objectContaining({ level: 'warning', file: 'content/publications', message: expect.stringMatching(/^could not be renamed \(EBUSY; a mount point/) }),
      );
      await expectIntact(project, { count: 10 + index, titles: new Map([[slug, 'Kept on a Mounted Collection']]) });
    }
  });

  it('steps around a leftover from an earlier run that cannot be removed, naming it, run after run', async () => {
    const project = await ingestedProject(10);
    // An older version's fixed name, left by a run killed mid-swap, owned by someone else.
    const leftover = join(project.root, 'content/publications.backup');
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'left.mdx'), '---\ntitle: Old\n---\n');
    makeUnremovable(leftover);
    for (const index of [1, 2]) {
      await project.write(`content/sources/new ${index}.bib`, newPaper(index));
      const report = await project.run();
      expect(report.publications.total).toBe(10 + index);
      expect(report.diagnostics).toContainEqual(
        expect.objectContaining({ file: 'content/publications', message: expect.stringMatching(/^has publications\.backup beside it, left by an earlier run, which cannot be removed \([A-Z]+\)/) }),
      );
    }
    const files = await project.publicationFiles();
    expect(files.size).toBe(12);
  });
});

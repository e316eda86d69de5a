/**
 * Reading a PDF back, with poppler-utils' `pdftotext` and `pdfinfo` (Debian's `poppler-utils`,
 * installed by `.ci/run`).
 */
import { execFileSync } from 'node:child_process';

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${command} is missing: on Debian/Ubuntu run \`apt-get install -y poppler-utils\` (as root).`, {
        cause: error,
      });
    throw error;
  }
}

/** The PDF's text, in reading order. */
export function pdfText(file: string): string {
  return run('pdftotext', ['-layout', file, '-']);
}

export function pdfPageCount(file: string): number {
  const pages = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(pages);
}

/** The page size in PostScript points, as pdfinfo reports it ("595.276 x 841.89 pts (A4)"). */
export function pdfPageSize(file: string): string {
  return /^Page size:\s+(.*)$/m.exec(run('pdfinfo', [file]))?.[1] ?? '';
}

/**
 * The command line of `npm run add`: any mix of files and arXiv references, and `--build`.
 * An argument that names an existing file is that file; otherwise it must be an arXiv reference.
 */
import { acceptedArxivForms, parseArxivReference } from './arxiv-reference.ts';

export interface AddRequest {
  /** Without versions and repeats, in the order given. */
  arxivIds: string[];
  /** As typed (relative to where the command was run). */
  files: string[];
  /** Rebuild the site afterwards. */
  build: boolean;
}

export type ParsedArguments =
  { kind: 'add'; request: AddRequest } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export const usage = `Usage: npm run add -- <arXiv id or URL | file>… [--build]

  npm run add -- 2401.01234                 fetch the paper's record from arXiv
  npm run add -- https://arxiv.org/abs/2401.01234v1 2405.14734
  npm run add -- ~/Downloads/papers.bib     check a document and copy it in

Accepted arXiv forms: ${acceptedArxivForms.join(', ')}.
Files: BibTeX (.bib), an arXiv API response (.xml) or any other document the ingest reads.
The document is saved in content/sources/; --build then rebuilds the site.`;

export function parseAddArguments(argv: readonly string[], isFile: (path: string) => boolean): ParsedArguments {
  const request: AddRequest = { arxivIds: [], files: [], build: false };
  const problems: string[] = [];
  for (const argument of argv) {
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    if (argument === '--build') {
      request.build = true;
      continue;
    }
    if (argument.startsWith('--')) {
      problems.push(`Unknown option ${argument}; the only option is --build.`);
      continue;
    }
    if (isFile(argument)) {
      if (!request.files.includes(argument)) request.files.push(argument);
      continue;
    }
    const id = parseArxivReference(argument);
    if (id) {
      if (!request.arxivIds.includes(id)) request.arxivIds.push(id);
      continue;
    }
    problems.push(
      `“${argument}” is neither an existing file nor an arXiv id or URL.\n` +
        `  Accepted: a file (BibTeX .bib or any supported document), or an arXiv paper as ${acceptedArxivForms.join(', ')}.`,
    );
  }
  if (problems.length > 0) return { kind: 'usage-error', message: problems.join('\n') };
  if (request.arxivIds.length === 0 && request.files.length === 0) {
    return { kind: 'usage-error', message: 'Nothing to add: give an arXiv id or URL, or a file.' };
  }
  return { kind: 'add', request };
}

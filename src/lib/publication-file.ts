/**
 * Reading a publication file back: its frontmatter (as data) and body. Files on disk may have been
 * edited by hand, so a broken one is reported with its line and left alone.
 */
import { errorLine, errorReason, readYaml, unclosedQuoteLine } from './yaml.ts';

export interface PublicationFile {
  data: Record<string, unknown>;
  body: string;
}

export type ReadResult = { ok: true; file: PublicationFile } | { ok: false; line?: number; message: string };

export function splitPublicationFile(text: string): ReadResult {
  // The closing `---` must be a line of its own: a title such as "Ends with ---" is written unquoted,
  // and a fence matched anywhere cut the frontmatter there (the title read back as "Ends with").
  // A byte-order mark (some Windows editors add one) is not part of the text: with it, the file
  // read as having no frontmatter at all.
  const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!match) return { ok: false, line: 1, message: 'has no `---` frontmatter block at the top.' };
  let data: unknown;
  try {
    data = readYaml(match[1] ?? '');
  } catch (error) {
    // +1 for the opening `---` line.
    const line = errorLine(error, match[1] ?? '');
    const quote = line !== undefined && line === unclosedQuoteLine(match[1] ?? '');
    return {
      ok: false,
      ...(line ? { line: line + 1 } : {}),
      message: `has invalid YAML frontmatter (${quote ? 'a quote opened on this line is never closed' : errorReason(error)}).`,
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'has frontmatter that is not a mapping of fields.' };
  }
  return { ok: true, file: { data: data as Record<string, unknown>, body: (match[2] ?? '').replace(/^\n/, '') } };
}

/**
 * Reading a publication file back: its frontmatter (as data) and body. Files on disk may have been
 * edited by hand, so a broken one is reported with its line and left alone.
 */
import { parseDocument } from 'yaml';

export interface PublicationFile {
  data: Record<string, unknown>;
  body: string;
}

export type ReadResult = { ok: true; file: PublicationFile } | { ok: false; line?: number; message: string };

export function splitPublicationFile(text: string): ReadResult {
  // The closing `---` must be a line of its own: a title such as "Ends with ---" is written unquoted,
  // and a fence matched anywhere cut the frontmatter there (the title read back as "Ends with").
  const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) return { ok: false, line: 1, message: 'has no `---` frontmatter block at the top.' };
  const document = parseDocument(match[1] ?? '', { prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    // `linePos` is only filled in with prettyErrors, so it was always missing and every error said
    // line 1: count the lines up to the error's offset instead; +1 for the opening `---` line.
    const line = (match[1] ?? '').slice(0, error.pos[0]).split('\n').length + 1;
    return { ok: false, line, message: `has invalid YAML frontmatter: ${error.message.split('\n')[0]}` };
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'has frontmatter that is not a mapping of fields.' };
  }
  return { ok: true, file: { data: data as Record<string, unknown>, body: (match[2] ?? '').replace(/^\n/, '') } };
}

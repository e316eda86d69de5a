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
  const match = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) return { ok: false, line: 1, message: 'has no `---` frontmatter block at the top.' };
  const document = parseDocument(match[1] ?? '', { prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    // +1 for the opening `---` line.
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    return { ok: false, line, message: `has invalid YAML frontmatter: ${error.message.split('\n')[0]}` };
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'has frontmatter that is not a mapping of fields.' };
  }
  return { ok: true, file: { data: data as Record<string, unknown>, body: (match[2] ?? '').replace(/^\n/, '') } };
}

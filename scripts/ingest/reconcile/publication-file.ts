/**
 * Reading a publication file back: its frontmatter (as data) and body. Files on disk may have been
 * edited by hand, so a broken one is reported with its line and left alone.
 *
 * Every build reads every file, twice (the collection's loader, and the social cards on their own
 * thread), so the frontmatter is read with js-yaml: six times faster than the `yaml` library the
 * ingest writes with (0.4 ms a file, 0.8 s of CPU in a 1,000-paper build). Both read YAML 1.2's
 * core schema, and a test checks that what the ingest writes reads back the same.
 */
import { load, YAMLException } from 'js-yaml';

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
  const frontmatter = match[1] ?? '';
  let data: unknown = null;
  try {
    // js-yaml refuses an empty document; an empty block is no mapping, reported below.
    if (frontmatter.trim()) data = load(frontmatter);
  } catch (error) {
    // js-yaml asks for every error to be caught: a hand edit must never stop the ingest or the build.
    const { mark, reason } = error instanceof YAMLException ? error : { mark: undefined, reason: String(error) };
    // +1 for the opening `---` line, +1 because js-yaml counts lines from 0.
    return { ok: false, ...(mark ? { line: mark.line + 2 } : {}), message: `has invalid YAML frontmatter: ${reason}` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'has frontmatter that is not a mapping of fields.' };
  }
  return { ok: true, file: { data: data as Record<string, unknown>, body: (match[2] ?? '').replace(/^\n/, '') } };
}

/**
 * YAML in and out, for every file the project reads or writes (frontmatter, `topics.yaml`,
 * `profile.yaml`), with js-yaml and YAML 1.2's core schema, so that what is written reads back the
 * same. It is the library Astro itself reads frontmatter with, and it reads a publication file in a
 * sixth of the time the `yaml` library took: every build reads every file twice.
 */
import { dump, loadAll, SCALAR_STYLE, YAMLException, type Document } from 'js-yaml';

/**
 * The document's value: null for an empty file or one of comments only (which js-yaml's `load`
 * refuses). Throws a `YAMLException`, whose `mark.line` counts from 0, for invalid YAML or for more
 * than one document.
 */
export function readYaml(text: string): unknown {
  const documents = loadAll(text);
  if (documents.length > 1) throw new YAMLException('expected one YAML document, but the file has several');
  return documents[0] ?? null;
}

/**
 * The line (from 1) that a `readYaml` error points at, when it says. Given the text, a quote opened
 * and never closed is reported where it opens: js-yaml reads on past it and complains lines later
 * (often of "deficient indentation"), pointing at a line that is fine.
 */
export function errorLine(error: unknown, text?: string): number | undefined {
  const reported = error instanceof YAMLException && error.mark ? error.mark.line + 1 : undefined;
  const unclosed = text === undefined ? undefined : unclosedQuoteLine(text);
  return unclosed !== undefined && (reported === undefined || unclosed <= reported) ? unclosed : reported;
}

/** The first line whose value opens a quote that the line does not close, if any. */
export function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const opened = /^\s*(?:[^\s#'"][^:#]*:\s+|-\s+)(["'])(.*)$/.exec(line);
    if (!opened) continue;
    const [, quote, rest = ''] = opened;
    const closed = quote === '"' ? /^(?:[^"\\]|\\.)*"/.test(rest) : /^(?:[^']|'')*'(?!')/.test(rest);
    if (!closed) return index + 1;
  }
  return undefined;
}

/** What a `readYaml` error says is wrong, without the source excerpt ("bad indentation of a mapping entry"). */
export function errorReason(error: unknown): string {
  return error instanceof YAMLException ? error.reason : String(error);
}

/**
 * YAML for `value`: block style, long lines kept whole, strings plain where no YAML reader (1.1 or
 * 1.2) could take them for anything else and double-quoted where one could. The values of
 * `quotedKeys` at the top level are always quoted.
 */
export function writeYaml(value: unknown, quotedKeys: readonly string[] = []): string {
  const quote = (documents: Document[]) => {
    for (const { contents } of documents) {
      if (contents?.kind !== 'mapping') continue;
      for (const { key, value: item } of contents.items) {
        if (key.kind === 'scalar' && quotedKeys.includes(key.value) && item.kind === 'scalar')
          item.style = SCALAR_STYLE.DOUBLE_QUOTED;
      }
    }
  };
  return dump(value, { lineWidth: -1, noRefs: true, quoteStyle: 'double', transform: quote });
}

/**
 * BibTeX, parsed by @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero), which
 * decodes LaTeX accents and commands, removes case-protecting braces, resolves `@string`s, month
 * macros and `crossref`.
 *
 * What it must not read as TeX (math, `%`, `<`, `>`, a literal `{\^{}}`) is protected first
 * (`bibtex/protect-values.ts`); its HTML-like markup (`\textit` as `<i>`, `\url` as a link) is made
 * plain text after (`bibtex/readable-value.ts`). What each field becomes: `bibtex/record-from-entry.ts`.
 *
 * Values it would return unchanged skip it: see `bibtex-set-aside.ts`.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Entry, Library } from '@retorquere/bibtex-parser';
import { lineLocator } from '../extract/text.ts';
import type { Diagnostic, DocumentFormat, SkippedEntry, SourceRecord } from '../model.ts';
import { namesFile, setAsidePlainFields } from './bibtex-set-aside.ts';
import { protectValues } from './bibtex/protect-values.ts';
import { readableValue } from './bibtex/readable-value.ts';
import { recordFromEntry } from './bibtex/record-from-entry.ts';

const entryPattern = /^[ \t]*@(?!comment\b|string\b|preamble\b)[a-z]+[ \t]*[{(]/gim;

/** Fields holding addresses or file names: read verbatim, so `_` and `~` stay themselves. */
const linkFields = ['code', 'html', 'website', 'video', 'slides', 'poster', 'blog', 'supp', 'preview', 'arxiv'];

type ParserModule = typeof import('@retorquere/bibtex-parser');
type UnsupportedNode = { args?: { content?: unknown[] }[] };

/** Style commands whose argument is the text (`\\textsf{word}`); the parser leaves the argument beside them. */
const styleCommands = new Set(['textsf', 'textrm', 'textmd', 'textup', 'textnormal', 'textsl', 'mathrm', 'mathsf', 'mbox', 'hbox', 'ensuremath']);
/** Layout commands, which mean space or nothing in running text (their arguments are lengths). */
const layoutCommands = new Set(
  'newline linebreak par noindent hfill vfill smallskip medskip bigskip quad qquad centering tiny scriptsize footnotesize small normalsize large Large LARGE huge Huge clearpage newpage relax protect xspace ignorespaces unskip nobreak vspace hspace'.split(' '),
);

/**
 * A command the parser does not know is read as its arguments' text (`\\t{oo}`), or, without any,
 * as its name: an author's own macro (`\\oni` for "ONI") keeps the word rather than leaving a hole.
 * An error for it made the whole file be parsed a second time, and dropped nothing useful.
 */
function unsupported(node: unknown): string {
  const texts = (nodes: unknown[] | undefined): string =>
    (nodes ?? [])
      .map((part) => {
        const child = part as { type?: string; content?: unknown };
        if (typeof child.content === 'string') return child.type === 'whitespace' ? ' ' : child.content;
        return Array.isArray(child.content) ? texts(child.content) : ' ';
      })
      .join('');
  const macro = node as UnsupportedNode & { content?: unknown };
  const name = typeof macro.content === 'string' ? macro.content : '';
  if (layoutCommands.has(name)) return ' ';
  if (macro.args?.length) return macro.args.map((argument) => texts(argument.content)).join('');
  return styleCommands.has(name) || !/^[a-z]+$/i.test(name) ? ' ' : name;
}

/**
 * The parser, loaded with the first BibTeX file: loading it took 70 ms of every ingest, whether or
 * not there was one. Its CommonJS build is broken (a `.js` file in a module package), so its ES
 * module is required by path.
 */
let parserModule: ParserModule | undefined;
export const parseBibtex = (text: string) => {
  parserModule ??= createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('@retorquere/bibtex-parser'))) as ParserModule;
  return parserModule.parse(text, {
    sentenceCase: false,
    caseProtection: false,
    applyCrossRef: true,
    unsupported,
    verbatimFields: [...parserModule.FieldMode.verbatim, ...linkFields],
  });
};

export const bibtex: DocumentFormat = {
  name: 'bibtex',
  label: 'BibTeX',
  decodesTex: true,
  detect: (text) => /^[ \t]*@[a-z]+[ \t]*[{(][^,\s]*,/im.test(text),
  parse(document) {
    const { text: protectedText, math } = protectValues(document.text);
    const restore = (text: string) => readableValue(text, math);
    const library = parseLibrary(protectedText);
    const lineOf = lineLocator(document.text);
    const entryLines = [...document.text.matchAll(entryPattern)].map((match) => lineOf(match.index));
    const diagnostics: Diagnostic[] = library.errors.map((error) => ({
      level: 'error',
      file: document.name,
      ...lineOfError(error.error),
      message: `BibTeX: ${error.error}`,
    }));
    const records: SourceRecord[] = [];
    const skipped: SkippedEntry[] = [];
    library.entries.forEach((entry: Entry, index) => {
      const line = entryLines[index] ?? 1;
      const reading = recordFromEntry(entry, document.name, line, restore);
      if ('skipped' in reading) skipped.push({ line, reason: reading.skipped, ...(reading.title ? { title: reading.title } : {}) });
      else {
        records.push(reading.record);
        diagnostics.push(...reading.warnings.map((message) => ({ level: 'warning' as const, file: document.name, line, message })));
      }
    });
    return { subject: { kind: 'per-record' }, records, diagnostics, skipped };
  },
};

/** The parser's entries and errors, with the values that need no parsing set aside (see `bibtex-set-aside.ts`). */
export function parseLibrary(text: string): Pick<Library, 'entries' | 'errors'> {
  const setAside = setAsidePlainFields(text);
  const library = parseBibtex(setAside.text);
  const names = setAside.names.length > 0 ? parseBibtex(namesFile(setAside.names)) : { entries: [], errors: [] };
  if (library.errors.length === 0 && setAside.putBack(library.entries, names)) return library;
  // The file as written: for its error messages, whose quotes and columns blanking would change, and
  // for its entries when a value could not be put back. Abstracts are still read as written.
  const asWritten = parseBibtex(text);
  setAside.restoreAbstracts(asWritten.entries);
  return asWritten;
}

function lineOfError(message: string): { line?: number } {
  const line = /\bline (\d+)/.exec(message)?.[1];
  return line ? { line: Number(line) } : {};
}

/**
 * Field values that need no parsing, or no parsing again, taken out of a BibTeX file before the
 * parser sees it and put back after.
 *
 * The parser runs a full LaTeX grammar over every field, and in a one-shot ingest that grammar is
 * cold: a 250-entry file took 330 ms, most of it in plain titles, venues and abstracts that come out
 * as they went in, and in the same names over and over. Three kinds of value are set aside:
 * - abstracts without braces or backslashes, which are read verbatim on purpose (a `~` in a URL is not
 *   a tie, and `--` in a command line is not a dash); those with LaTeX commands stay in and are decoded;
 * - the other fields the ingest reads as text, when they hold nothing the parser would change: no
 *   math, comment, tie, ligature, or `<` and `>` (which it reads in the T1 encoding, as `¡` and `¿`);
 * - author and editor lists of such plain names. The parser still splits every name into its parts,
 *   but each distinct name once (`namesFile`): the owner's name is in every entry, and co-authors'
 *   in many. The lists are split at BibTeX's `and`, which in plain text is just the word.
 *
 * The values are blanked where they were (`title = { }`), because the parser drops a blank field
 * without parsing it: placeholder values still went through the grammar, one call per field, and
 * that was half of what remained. Each value goes back to the entry whose text (the parser returns
 * it) starts where the value's entry was found to start. Only fields between an entry's fields are
 * taken, never the same text inside a value, a comment or outside any entry (`TopLevelScanner`).
 *
 * Tests parse random values of all three kinds, and files damaged at random, both ways and check
 * they agree.
 */
import type { Creator, Entry, Library } from '@retorquere/bibtex-parser';

/** Fields the ingest reads as plain text (see `bibtex/record-from-entry.ts`); the others go through the parser. */
export const literalFields = [
  'title',
  'booktitle',
  'journal',
  'journaltitle',
  'eventtitle',
  'year',
  'date',
  'month',
  'doi',
  'url',
  'eprint',
  'archiveprefix',
  'eprinttype',
  'code',
];
const nameListFields = ['author', 'editor'];
/**
 * A field with a braced value holding no braces, after the comma that ends the field before it, and
 * followed by the comma of the next field or the end of the entry (not by `#` and more value).
 */
const plainField = new RegExp(
  `(,\\s*)(abstract|${[...literalFields, ...nameListFields].join('|')})(\\s*=\\s*)\\{([^{}\\\\]*)\\}(?=\\s*[,})])`,
  'gi',
);
/** The start of an entry, as the parser finds it; `@comment`, `@string` and `@preamble` are not entries. */
const entryStart = /^[ \t]*(@(?!comment\b|string\b|preamble\b)[a-z]+[ \t]*)([{(])/gim;
/** What the parser rewrites in a literal value (whitespace aside, which the ingest collapses anyway). */
const parserSignificant = /[$%<>~`]|--|''/;
const nameSeparator = /\s+and\s+/i;
const andWord = /(?:^|\s)and(?:\s|$)/i;

/** A value set aside, and where its blanked field is in the new text and was in the file. */
interface SetAsideField {
  field: string;
  value: string | string[];
  at: number;
  originalAt: number;
}

/** An entry's values set aside, and where the entry starts in the new text and in the file. */
interface SetAsideEntry {
  at: number;
  originalAt: number;
  fields: SetAsideField[];
}

export interface SetAside {
  /** The file with the values set aside blanked (`title = { }`): the parser drops blank fields unparsed. */
  text: string;
  /** The distinct names of the lists set aside, for the parser to split into their parts. */
  names: string[];
  /**
   * Puts the values back into the entries parsed from `text`, with each name as the parser split it
   * in `namesFile`. False if any value cannot be placed for certain: its entry's text (the parser
   * returns it) is not where the value was found, the entry already has that field, a name did not
   * come back as one name, or the parser had something to say about a name (its message would name
   * the wrong entry). The caller then parses the original text.
   */
  putBack(entries: readonly Entry[], names: Pick<Library, 'entries' | 'errors'>): boolean;
  /** For entries parsed from the original text: the abstracts set aside, as written, in place of the parser's decoding. */
  restoreAbstracts(entries: readonly Entry[]): void;
}

export function setAsidePlainFields(text: string): SetAside {
  const starts = [...text.matchAll(entryStart)].map((match) => ({
    at: match.index + match[0].indexOf('@'),
    body: match.index + match[0].length,
    opener: match[2] as '{' | '(',
  }));
  const setAside: SetAsideEntry[] = [];
  const names = new Set<string>();
  let blanked = '';
  let copiedUpTo = 0;
  let entry = -1;
  let scanner: TopLevelScanner | undefined;
  let current: SetAsideEntry | undefined;
  for (const match of text.matchAll(plainField)) {
    const [whole, before, field, equals, value] = match as unknown as [string, string, string, string, string];
    while (entry + 1 < starts.length && (starts[entry + 1]?.at ?? Infinity) < match.index) {
      entry += 1;
      const { at, body, opener } = starts[entry]!;
      // An "entry" starting inside a value just set aside is none (an abstract quoting BibTeX).
      scanner = at < copiedUpTo ? undefined : new TopLevelScanner(text, body, opener);
      current = { at: at - (copiedUpTo - blanked.length), originalAt: at, fields: [] };
    }
    // Only a field between the entry's fields counts: the same text inside a value (a note quoting
    // BibTeX), in a comment or after the entry's end is not a field of the entry.
    if (!current || !scanner?.atTopLevel(match.index)) continue;
    const key = field.toLowerCase();
    // A blank value stays: the parser drops the field.
    if (!/\S/.test(value) || (key !== 'abstract' && parserSignificant.test(value))) continue;
    let kept: string | string[] = value;
    if (nameListFields.includes(key)) {
      const list = value.trim().split(nameSeparator);
      // A list with a stray `and` (leading, trailing or doubled) is left to the parser's own rules.
      if (list.some((part) => andWord.test(part))) continue;
      list.forEach((part) => names.add(part));
      kept = list;
    }
    blanked += text.slice(copiedUpTo, match.index);
    if (current.fields.length === 0) setAside.push(current);
    current.fields.push({ field: key, value: kept, at: blanked.length, originalAt: match.index });
    blanked += `${before}${field}${equals}{ }`;
    copiedUpTo = match.index + whole.length;
  }
  blanked += text.slice(copiedUpTo);
  const distinctNames = [...names];
  return {
    text: blanked,
    names: distinctNames,
    putBack(entries, parsedNames) {
      const creators = parsedNames.entries[0]?.fields.author;
      if (distinctNames.length > 0) {
        if (parsedNames.errors.length > 0 || parsedNames.entries.length !== 1) return false;
        if (creators?.length !== distinctNames.length) return false;
      }
      const creatorOf = new Map(distinctNames.map((name, index) => [name, creators?.[index] as Creator]));
      const byStart = new Map(setAside.map((values) => [values.at, values]));
      const spans = locate(blanked, entries);
      let placed = 0;
      for (const [index, parsed] of entries.entries()) {
        const span = spans[index];
        if (!span) return false;
        const values = byStart.get(span.start);
        if (!values) continue;
        const fields = parsed.fields as Record<string, unknown>;
        for (const { field, value, at } of values.fields) {
          if (at >= span.end || field in fields) return false;
          fields[field] = Array.isArray(value) ? value.map((part) => creatorOf.get(part)) : value;
        }
        placed += 1;
      }
      return placed === setAside.length;
    },
    restoreAbstracts(entries) {
      const byStart = new Map(setAside.map((values) => [values.originalAt, values]));
      const spans = locate(text, entries);
      entries.forEach((parsed, index) => {
        const span = spans[index];
        const abstracts = span
          ? byStart
              .get(span.start)
              ?.fields.filter(({ field, originalAt }) => field === 'abstract' && originalAt < span.end)
          : undefined;
        if (abstracts?.length === 1 && typeof parsed.fields.abstract === 'string')
          parsed.fields.abstract = abstracts[0]?.value as string;
      });
    },
  };
}

/**
 * Where each entry's text (which the parser returns) is in `source`, in order; undefined for an entry
 * returned without its text (one the parser stopped reading at an error).
 */
function locate(source: string, entries: readonly Entry[]): ({ start: number; end: number } | undefined)[] {
  let from = 0;
  return entries.map(({ input }) => {
    const start = input ? source.indexOf(input, from) : -1;
    if (start < 0) return undefined;
    from = start + 1;
    return { start, end: start + input.length };
  });
}

/**
 * Reads an entry's text as the parser does, far enough to tell where its fields are: between fields
 * (the top level), or inside a braced or quoted value, a comment, or past the entry's end. Backslashes
 * escape the next character in values, and braces nest.
 */
class TopLevelScanner {
  private readonly text: string;
  private position: number;
  private depth: number;
  private readonly topDepth: number;
  private quoted = false;
  private ended = false;

  constructor(text: string, bodyStart: number, opener: '{' | '(') {
    this.text = text;
    this.position = bodyStart;
    this.topDepth = opener === '{' ? 1 : 0;
    this.depth = this.topDepth;
  }

  /** Whether `offset`, ahead of every offset asked before, is between the entry's fields. */
  atTopLevel(offset: number): boolean {
    const { text, topDepth } = this;
    while (this.position < offset && !this.ended) {
      const character = text[this.position];
      if (this.depth === topDepth && !this.quoted) {
        if (character === '%') {
          const lineEnd = text.indexOf('\n', this.position);
          this.position = lineEnd < 0 ? text.length : lineEnd;
          continue;
        }
        if (character === '"') this.quoted = true;
        else if (character === '{') this.depth += 1;
        else if (character === (topDepth === 1 ? '}' : ')')) this.ended = true;
      } else if (character === '\\') {
        this.position += 1;
      } else if (character === '{') {
        this.depth += 1;
      } else if (character === '}') {
        this.depth -= 1;
      } else if (character === '"' && this.quoted && this.depth <= topDepth) {
        this.quoted = false;
      }
      this.position += 1;
    }
    return !this.ended && this.position === offset && this.depth === topDepth && !this.quoted;
  }
}

/** One entry listing every name, for the parser to split each into its parts. */
export function namesFile(names: readonly string[]): string {
  return `@misc{names,\n  author = {${names.join(' and ')}}\n}\n`;
}

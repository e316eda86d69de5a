/**
 * Field values that need no parsing, taken out of a BibTeX file before the parser sees it and put
 * back after.
 *
 * The parser runs a full LaTeX grammar over every field, and in a one-shot ingest that grammar is
 * cold: a 250-entry file took 330 ms, most of it in plain titles, venues and abstracts that come out
 * as they went in. Two kinds of value are set aside:
 * - abstracts without braces or backslashes, which are read verbatim on purpose (a `~` in a URL is not
 *   a tie, and `--` in a command line is not a dash); those with LaTeX commands stay in and are decoded;
 * - the other fields the ingest reads as text, when they hold nothing the parser would change: no
 *   math, comment, tie, ligature, or `<` and `>` (which it reads in the T1 encoding, as `¡` and `¿`).
 *   A test parses such values both ways and checks they agree.
 * Author and editor lists always go through the parser, which splits the names.
 */
import type { Entry } from '@retorquere/bibtex-parser';

const literalFields = [
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
/** A field at the start of an entry's field list or after a comma, with a braced value holding no braces. */
const plainField = new RegExp(`([,{]\\s*)(abstract|${literalFields.join('|')})(\\s*=\\s*)\\{([^{}\\\\]*)\\}`, 'gi');
/** What the parser rewrites in a literal value (whitespace aside, which the ingest collapses anyway). */
const parserSignificant = /[$%<>~`]|--|''/;

export interface SetAside {
  /** The file with placeholders where the values were. */
  text: string;
  /**
   * Puts the values back into the parsed entries. False if a placeholder landed anywhere but as a
   * whole field value (the pattern matched inside another value, say a note quoting BibTeX): parse
   * the original text instead.
   */
  putBack(entries: readonly Entry[]): boolean;
}

export function setAsidePlainFields(text: string): SetAside {
  // A tag the file does not contain, so that a placeholder cannot be confused with the file's text.
  let tag = 'SETASIDE';
  while (text.includes(tag)) tag += 'X';
  const values: string[] = [];
  const withPlaceholders = text.replace(
    plainField,
    (match, before: string, name: string, equals: string, value: string) => {
      // A blank value stays: the parser drops the field.
      if (!/\S/.test(value) || (name.toLowerCase() !== 'abstract' && parserSignificant.test(value))) return match;
      return `${before}${name}${equals}{${tag}${values.push(value) - 1}X}`;
    },
  );
  const placeholder = new RegExp(`^\\s*${tag}(\\d+)X\\s*$`);
  return {
    text: withPlaceholders,
    putBack(entries) {
      for (const entry of entries) {
        const fields = entry.fields as Record<string, unknown>;
        for (const [name, value] of Object.entries(fields)) {
          const index = typeof value === 'string' ? placeholder.exec(value)?.[1] : undefined;
          if (index === undefined) continue;
          fields[name] = values[Number(index)];
        }
      }
      return !entries.some((entry) => JSON.stringify(entry.fields).includes(tag));
    },
  };
}

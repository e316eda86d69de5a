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
 * A test parses random values of all three kinds both ways and checks they agree.
 */
import type { Creator, Entry, Library } from '@retorquere/bibtex-parser';

/** The fields the ingest reads as plain text (see `recordFromEntry` in `bibtex.ts`). */
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
/** A field at the start of an entry's field list or after a comma, with a braced value holding no braces. */
const plainField = new RegExp(
  `([,{]\\s*)(abstract|${[...literalFields, ...nameListFields].join('|')})(\\s*=\\s*)\\{([^{}\\\\]*)\\}`,
  'gi',
);
/** What the parser rewrites in a literal value (whitespace aside, which the ingest collapses anyway). */
const parserSignificant = /[$%<>~`]|--|''/;
const nameSeparator = /\s+and\s+/i;
const andWord = /(?:^|\s)and(?:\s|$)/i;

export interface SetAside {
  /** The file with placeholders where the values were. */
  text: string;
  /** The distinct names of the lists set aside, for the parser to split into their parts. */
  names: string[];
  /**
   * Puts the values back into the parsed entries, with each name as the parser split it in
   * `namesFile`. False if a placeholder landed anywhere but as a whole field value (the pattern
   * matched inside another value, say a note quoting BibTeX), or a name did not come back as one
   * name, or the parser had something to say about a name (its message would name the wrong
   * entry): parse the original text instead.
   */
  putBack(entries: readonly Entry[], names: Pick<Library, 'entries' | 'errors'>): boolean;
}

export function setAsidePlainFields(text: string): SetAside {
  // A tag the file does not contain, so that a placeholder cannot be confused with the file's text.
  let tag = 'SETASIDE';
  while (text.includes(tag)) tag += 'X';
  const values: (string | string[])[] = [];
  const names = new Set<string>();
  const withPlaceholders = text.replace(
    plainField,
    (match, before: string, field: string, equals: string, value: string) => {
      const key = field.toLowerCase();
      // A blank value stays: the parser drops the field.
      if (!/\S/.test(value) || (key !== 'abstract' && parserSignificant.test(value))) return match;
      if (nameListFields.includes(key)) {
        const list = value.trim().split(nameSeparator);
        // A list with a stray `and` (leading, trailing or doubled) is left to the parser's own rules.
        if (list.some((part) => andWord.test(part))) return match;
        list.forEach((part) => names.add(part));
        return `${before}${field}${equals}{${tag}${values.push(list) - 1}X}`;
      }
      return `${before}${field}${equals}{${tag}${values.push(value) - 1}X}`;
    },
  );
  const placeholder = new RegExp(`^\\s*${tag}(\\d+)X\\s*$`);
  const indexOf = (value: unknown) => {
    // A list's placeholder comes back as one creator, with the placeholder for a last name.
    const text = Array.isArray(value) && value.length === 1 ? (value[0] as Creator).lastName : value;
    const index = typeof text === 'string' ? placeholder.exec(text)?.[1] : undefined;
    return index === undefined ? undefined : Number(index);
  };
  const distinctNames = [...names];
  return {
    text: withPlaceholders,
    names: distinctNames,
    putBack(entries, parsedNames) {
      if (parsedNames.errors.length > 0 || parsedNames.entries.length !== distinctNames.length) return false;
      const creatorOf = new Map<string, Creator>();
      for (const [index, entry] of parsedNames.entries.entries()) {
        const creators = entry.fields.author;
        if (creators?.length !== 1 || entry.key !== `name${index}`) return false;
        creatorOf.set(distinctNames[index] as string, creators[0] as Creator);
      }
      for (const entry of entries) {
        const fields = entry.fields as Record<string, unknown>;
        for (const [field, value] of Object.entries(fields)) {
          const index = indexOf(value);
          if (index === undefined) continue;
          const original = values[index];
          fields[field] = Array.isArray(original) ? original.map((part) => creatorOf.get(part)) : original;
        }
      }
      return !entries.some((entry) => JSON.stringify(entry.fields).includes(tag));
    },
  };
}

/** A file with one entry per name, for the parser to split each name into its parts. */
export function namesFile(names: readonly string[]): string {
  return names.map((name, index) => `@misc{name${index}, author = {${name}}}\n`).join('');
}

/**
 * TeX in text that is not BibTeX (arXiv API titles and abstracts, listings): `R\'{e}nyi`,
 * `\emph{…}`, `\url{…}`, decoded by the BibTeX parser's own LaTeX reading, so that every format
 * decodes TeX the same way. Math stays `$…$` for KaTeX.
 *
 * These texts are not written for TeX the way a bibliography is: `~3x` means "about 3x", `<` is a
 * less-than sign and `%` a percent. So only commands and groups are decoded: a `~` is a tie only
 * between two words, and the characters TeX would otherwise reinterpret are protected. Text without
 * a backslash or a brace has nothing to decode and is returned as it is; text the parser cannot read
 * (unbalanced braces) is too.
 */
import { parseBibtex } from '../formats/bibtex.ts';
import { protectValues } from '../formats/bibtex/protect-values.ts';
import { readableValue } from '../formats/bibtex/readable-value.ts';

/** A URL argument (kept as written: its `~` is part of the address), or a `~`. */
const tildeOrUrl = /\\(?:url|href)\{[^{}]*\}|(?<!\\)~/g;

/**
 * Is the `~` at `offset` a tie, TeX's unbreakable space between two words ("Fig.~2",
 * "AlpacaEval~2.0", "et~al.~[4]")? Not after a space ("~3x" is "about 3x"), and not inside an address
 * (`https://host/~user/`), where it is part of the path.
 */
function isTie(text: string, offset: number): boolean {
  if (!/[\p{L}\p{N}.,;:)\]]/u.test(text[offset - 1] ?? '') || !/[\p{L}\p{N}\\([]/u.test(text[offset + 1] ?? '')) return false;
  const wordSoFar = /\S*$/.exec(text.slice(0, offset))?.[0] ?? '';
  return !/:\/\/|^www\.|\//i.test(wordSoFar);
}

/** Ties as spaces: the one TeX construct that reaches text with no command in it. */
function tiesAsSpaces(text: string): string {
  return text.includes('~') ? text.replace(/(?<!\\)~/g, (tilde, offset: number) => (isTie(text, offset) ? ' ' : tilde)) : text;
}

/**
 * @param commandsOnly decode only text with a TeX command or escape in it outside math: for formats
 * scraped from web pages, where `{1}` in a plain abstract is braces, not a TeX group.
 */
export function decodeTex(text: string, { commandsOnly = false } = {}): string {
  // A command inside math is KaTeX's business: it does not make the braces around it TeX groups.
  const probe = commandsOnly ? text.replace(/\$[^$]*\$/g, '') : text;
  if (!(commandsOnly ? /\\[a-zA-Z'"`^~=.&%#_$]/ : /[\\{}]/).test(probe)) return tiesAsSpaces(text);
  // Inside a braced value, `protectValues` protects `%`, `<`, `>` and math; the rest is done here.
  const prepared = text
    .replace(tildeOrUrl, (match, offset: number) => {
      if (match !== '~') return match;
      return isTie(text, offset) ? '\u00a0' : '\\textasciitilde{}';
    })
    .replace(/--/g, '-\\mbox{}-')
    .replace(/(?<!\\)#/g, '\\#');
  const { text: entry, math } = protectValues(`@misc{tex,\n  note = {${prepared}}\n}\n`);
  const library = parseBibtex(entry);
  const value = library.entries[0]?.fields.note;
  if (library.errors.length > 0 || typeof value !== 'string') return text;
  return readableValue(value, math).replace(/\u00a0/g, ' ');
}

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
 * @param commandsOnly decode only text with a TeX command or escape in it outside math: for formats
 * scraped from web pages, where `{1}` in a plain abstract is braces, not a TeX group.
 */
export function decodeTex(text: string, { commandsOnly = false } = {}): string {
  // A command inside math is KaTeX's business: it does not make the braces around it TeX groups.
  const probe = commandsOnly ? text.replace(/\$[^$]*\$/g, '') : text;
  if (!(commandsOnly ? /\\[a-zA-Z'"`^~=.&%#_$]/ : /[\\{}]/).test(probe)) return text;
  // Inside a braced value, `protectValues` protects `%`, `<`, `>` and math; the rest is done here.
  const prepared = text
    .replace(tildeOrUrl, (match, offset: number) => {
      if (match !== '~') return match;
      // A tie between two words ("Fig.~2"); otherwise "about" ("~3x"), a tilde.
      return /\S/.test(text[offset - 1] ?? '') && /[\p{L}\p{N}\\]/u.test(text[offset + 1] ?? '') ? '\u00a0' : '\\textasciitilde{}';
    })
    .replace(/--/g, '-\\mbox{}-')
    .replace(/(?<!\\)#/g, '\\#');
  const { text: entry, math } = protectValues(`@misc{tex,\n  note = {${prepared}}\n}\n`);
  const library = parseBibtex(entry);
  const value = library.entries[0]?.fields.note;
  if (library.errors.length > 0 || typeof value !== 'string') return text;
  return readableValue(value, math).replace(/\u00a0/g, ' ');
}

/**
 * A field value as the BibTeX parser decoded it, made into the plain text the site shows: the
 * parser's markup removed (`\emph` comes back as `<i>`, `\url` as a link), the placeholders of
 * `protect-values.ts` restored, and the letters composed.
 */
import { collapseWhitespace } from '../../extract/text.ts';
import { restorePlaceholders } from './protect-values.ts';

/** `\url{u}` and `\href{u}{text}`, as the parser renders them. */
const parserLink = /<a href="([^"]*)">([\s\S]*?)<\/a>/g;
/** Any tag left is the parser's: a `<` in the source is a placeholder until the end. */
const parserTag = /<[^>]*>/g;

export function readableValue(value: string, math: readonly string[]): string {
  const text = value
    .replace(parserLink, (_, href: string, label: string) => (label === href ? href : `${label} (${href})`))
    .replace(parserTag, '');
  return composeLetters(collapseWhitespace(restorePlaceholders(text, math)));
}

/**
 * NFC, after undoing the dotless letters of `{\'\i}` and `\'{\i}`: TeX puts accents on a dotless ı,
 * and "ı" + a combining acute does not compose, so García came out as "Garcı́a", a different string
 * (search, sorting, citation keys and comparisons with other documents all missed it).
 */
export function composeLetters(text: string): string {
  return text
    .replace(/ı(?=\p{M})/gu, 'i')
    .replace(/ȷ(?=\p{M})/gu, 'j')
    .normalize('NFC');
}

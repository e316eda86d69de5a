import { describe, expect, it } from 'vitest';
import { decodeTex } from '../../../../scripts/ingest/extract/tex-text.ts';

describe('decodeTex (TeX in text that is not BibTeX)', () => {
  it.each([
    ["R\\'{e}nyi and Erd\\H{o}s", 'Rényi and Erdős'],
    ["Garc{\\'\\i}a and Mart\\'{\\i}nez", 'García and Martínez'],
    ['\\emph{no} \\textit{extra} \\textbf{cost}', 'no extra cost'],
    ['see \\url{https://example.org/a_b~c}', 'see https://example.org/a_b~c'],
    ['\\href{https://example.org}{our notes}', 'our notes (https://example.org)'],
    ['Fig.~2 {shows} it', 'Fig. 2 shows it'],
    ['by ~3x, 50% of {cases}, x < y', 'by ~3x, 50% of cases, x < y'],
    ['regret $O(\\sqrt{T})$ {at} \\$5', 'regret $O(\\sqrt{T})$ at $5'],
  ])('%s → %s', (tex, text) => {
    expect(decodeTex(tex)).toBe(text);
  });

  it('returns text without commands or braces as it is', () => {
    const plain = 'A -- plain ~ text with 50% and <b>';
    expect(decodeTex(plain)).toBe(plain);
  });

  it.each([
    ['AlpacaEval~2.0 and Fig.~3', 'AlpacaEval 2.0 and Fig. 3'],
    ['as in Smith et~al.~[4]', 'as in Smith et al. [4]'],
    ['about ~3x faster', 'about ~3x faster'],
    ['code at https://www.example.edu/~jdoe/tool and www.example.org/~lab', 'code at https://www.example.edu/~jdoe/tool and www.example.org/~lab'],
    ['see \\emph{our} code at https://example.edu/~jdoe and Table~2', 'see our code at https://example.edu/~jdoe and Table 2'],
  ])('reads a tie between two words as a space, in any text, but no other tilde: %s', (tex, text) => {
    expect(decodeTex(tex, { commandsOnly: true })).toBe(text);
    expect(decodeTex(tex)).toBe(text);
  });

  it('returns text it cannot parse (an unbalanced brace) as it is', () => {
    expect(decodeTex("a { b \\'e")).toBe("a { b \\'e");
  });
});

describe('commands the parser does not know', () => {
  it.each([
    ['We propose \\oni, a method', 'We propose oni, a method'],
    ['first\\newline second \\vspace{1em}third', 'first second third'],
    ['\\textsf{Sans} and \\textup{up}', 'Sans and up'],
  ])('%s → %s', (tex, text) => {
    expect(decodeTex(tex)).toBe(text);
  });
});

/**
 * The abstract as an mdast tree: paragraphs of text and inline math. Building a tree (rather than
 * pasting strings) lets remark-stringify escape whatever MDX would misread: `{`, `}`, `<`, `>`,
 * `*`, `_`, `#`, and so on. `$…$` spans become math nodes, so they stay math, and http(s) URLs
 * become links, cleaned of the punctuation and braces running text wraps them in (`{https://…}.`),
 * which a Markdown autolink would otherwise swallow.
 */
import type { PhrasingContent, Root } from 'mdast';
import { cleanUrl } from '../extract/code-links.ts';

/**
 * `$…$` with at least one character and no line break inside; `\$` is not a delimiter. As in
 * Pandoc, the opening `$` is followed by a non-space and the closing one preceded by a non-space and
 * not followed by a digit, so prices stay text: "between $5 and $10" used to become math "5 and".
 */
const inlineMath = /(?<!\\)\$(?=\S)([^$\n]*?[^\s\\])\$(?!\d)/g;

export function abstractTree(abstract: string): Root {
  return {
    type: 'root',
    children: abstract
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((paragraph) => ({ type: 'paragraph', children: phrasing(paragraph) })),
  };
}

const url = /https?:\/\/[^\s<>"'{}]+/g;

/**
 * LaTeX's escapes for characters it reserves, which arXiv abstracts use in running text
 * ("5\% fewer", "R\&D"): the text means the characters. `\$` stays, because in an
 * abstract's text a bare `$` may open math.
 */
const textEscape = /\\([&%#_{}])/g;

function phrasing(paragraph: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  const text = (from: number, to?: number) => textWithLinks(paragraph.slice(from, to).replace(textEscape, '$1'));
  for (const match of paragraph.matchAll(inlineMath)) {
    if (match.index > last) nodes.push(...text(last, match.index));
    nodes.push({ type: 'inlineMath', value: (match[1] ?? '').trim() });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) nodes.push(...text(last));
  return nodes;
}

function textWithLinks(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(url)) {
    const href = cleanUrl(match[0]);
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push({ type: 'link', url: href, children: [{ type: 'text', value: href }] });
    last = match.index + href.length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

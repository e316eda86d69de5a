/**
 * The abstract as an mdast tree: paragraphs of text and inline math. Building a tree (rather than
 * pasting strings) lets remark-stringify escape whatever MDX would misread: `{`, `}`, `<`, `>`,
 * `*`, `_`, `#`, and so on. `$…$` spans become math nodes, so they stay math.
 */
import type { PhrasingContent, Root } from 'mdast';

/** `$…$` with at least one character and no line break inside; `\$` is not a delimiter. */
const inlineMath = /(?<!\\)\$([^$\n]+?)(?<!\\)\$/g;

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

function phrasing(paragraph: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(inlineMath)) {
    if (match.index > last) nodes.push({ type: 'text', value: paragraph.slice(last, match.index) });
    nodes.push({ type: 'inlineMath', value: (match[1] ?? '').trim() });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) nodes.push({ type: 'text', value: paragraph.slice(last) });
  return nodes;
}

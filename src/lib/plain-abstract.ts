/**
 * The abstract as plain text, read back from a publication's MDX body.
 *
 * Exports, search and meta descriptions want text, not HTML; math stays in its `$…$` source form so
 * that it reads naturally and round-trips into BibTeX.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import type { Nodes } from 'mdast';
import { plainProse } from './plain-prose.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

export function plainAbstract(mdxBody: string): string {
  // Plain prose is its own text: parsing it took 0.2 ms a paper, in every build, twice.
  if (mdxBody.trim() === '') return '';
  const paragraphs = mdxBody.replace(/\n+$/, '').split(/\n{2,}/);
  if (paragraphs.every((paragraph) => plainProse.test(paragraph)))
    return paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).join('\n\n');
  return parsedAbstract(mdxBody);
}

/** The abstract's text as remark reads it: what `plainAbstract` gives for any body. */
export function parsedAbstract(mdxBody: string): string {
  const tree = parser.parse(mdxBody);
  return tree.children
    .map((block) => textOf(block).replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'inlineMath':
      return `$${node.value}$`;
    case 'math':
      return `$$${node.value}$$`;
    case 'break':
      return ' ';
    // Braces in text are shown as written on the page (see remark-braces-as-text.ts), so here too.
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `{${node.value}}`;
    // Hand-added components are presentation, not abstract text.
    case 'mdxJsxFlowElement':
    case 'mdxjsEsm':
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
  }
}

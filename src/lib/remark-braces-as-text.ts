/**
 * Braces in the text of a body (`the set {x | x > 0}`) are text, as in Markdown, not JavaScript: an
 * abstract's `{…}` is mathematics or prose, and evaluated it would fail when the page renders, with no
 * file or line. Components still take expressions in their attributes (`<Figure width={600}>`),
 * which this leaves alone. `plain-abstract.ts` reads braces the same way, so the page,
 * `publications.json` and the feed agree.
 */
import type { Nodes, Root } from 'mdast';

export function remarkBracesAsText() {
  return (tree: Root) => {
    replaceExpressions(tree);
  };
}

function replaceExpressions(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type === 'mdxTextExpression')
      return { type: 'text', value: `{${child.value}}`, position: child.position };
    if (child.type === 'mdxFlowExpression') {
      return { type: 'paragraph', children: [{ type: 'text', value: `{${child.value}}` }], position: child.position };
    }
    replaceExpressions(child as Nodes);
    return child;
  }) as typeof node.children;
}

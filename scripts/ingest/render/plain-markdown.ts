/**
 * The body as remark-stringify (with remark-mdx and remark-math) writes it, written directly when
 * every paragraph is plain prose: text that starts with a letter and holds none of the characters
 * Markdown, MDX or math may read as syntax (`* _ [ < { $ & \` and the like), so that remark would
 * escape nothing. Loading remark and serialising with it took 130 ms of a 1,000-paper ingest,
 * where no abstract needed it. Anything else (math, links, any such character) gives undefined,
 * and remark writes that body. The tests compare both on many paragraphs.
 */
import type { Root } from 'mdast';
import { plainProse } from '../../../src/lib/plain-prose.ts';

export function plainMarkdown(tree: Root): string | undefined {
  const paragraphs: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
    const [text] = node.children;
    if (text?.type !== 'text' || !plainProse.test(text.value)) return undefined;
    paragraphs.push(text.value);
  }
  return paragraphs.length > 0 ? `${paragraphs.join('\n\n')}\n` : undefined;
}

/**
 * A publication file: YAML frontmatter (see `src/lib/yaml.ts`), and a body serialised from an
 * mdast tree by remark-stringify with remark-mdx and remark-math. The output is deterministic: keys
 * in a fixed order, no timestamps.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { writeYaml } from '../../../src/lib/yaml.ts';
import type { PublicationInput } from '../../../src/schema/publication.ts';
import { plainMarkdown } from './plain-markdown.ts';

/** remark, loaded with the first body that needs it (most abstracts are plain prose, see `plain-markdown.ts`). */
let serializer: Processor<undefined, undefined, undefined, Root, string> | undefined;

function remarkSerializer() {
  if (serializer) return serializer;
  const load = createRequire(import.meta.url);
  const { unified } = load('unified') as typeof import('unified');
  const remarkMdx = (load('remark-mdx') as typeof import('remark-mdx')).default;
  const remarkMath = (load('remark-math') as typeof import('remark-math')).default;
  const remarkStringify = (load('remark-stringify') as typeof import('remark-stringify')).default;
  serializer = unified().use(remarkMdx).use(remarkMath).use(remarkStringify, { bullet: '-', emphasis: '_' });
  return serializer;
}

/** Frontmatter keys in the order files show them. */
const keyOrder: (keyof PublicationInput)[] = [
  'title',
  'titleDerived',
  'authors',
  'authorsTruncated',
  'authorNames',
  'date',
  'type',
  'venue',
  'volume',
  'issue',
  'pages',
  'publisher',
  'institution',
  'editors',
  'isbn',
  'arxiv',
  'doi',
  'category',
  'abbr',
  'award',
  'links',
  'preview',
  'bibtexShow',
  'topics',
  'featured',
  'hidden',
  'sources',
];

export function renderFrontmatter(data: Record<string, unknown>): string {
  const known = keyOrder.filter((key) => data[key] !== undefined);
  const extra = Object.keys(data)
    .filter((key) => !known.includes(key as keyof PublicationInput) && data[key] !== undefined)
    .sort();
  const ordered = Object.fromEntries([...known, ...extra].map((key) => [key, data[key]]));
  // Dates are always quoted, so that they stay strings: unquoted, YAML 1.1 readers turn `2024-05-01`
  // into a timestamp.
  return writeYaml(ordered, ['date']);
}

export function renderBody(tree: Root): string {
  return plainMarkdown(tree) ?? remarkBody(tree);
}

/** The body as remark writes it; `plain-markdown.ts` writes the same, faster, for plain prose. */
export function remarkBody(tree: Root): string {
  return remarkSerializer().stringify(tree);
}

export function renderPublicationFile(frontmatter: string, body: string): string {
  return `---\n${frontmatter}---\n\n${body}`;
}

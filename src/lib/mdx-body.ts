/**
 * How the site reads a publication's (or the About page's) body, in one place, for the collection
 * loader and for the ingest's check of the files it keeps: as MDX (remark-mdx, with remark-math so
 * that `$\frac{a}{b}$` is math, not an expression), exactly as `@astrojs/mdx` will compile it.
 *
 * A body is one of two kinds:
 * - prose (text, links, emphasis, math): rendered by the site's Markdown processor, or by the
 *   plain-prose shortcut, with no JavaScript module per file;
 * - MDX (an `import`/`export`, or a JSX element such as `<Figure>`): compiled by `@astrojs/mdx`.
 *
 * Braces in text (`{x | x > 0}`) are text in both kinds (see `remark-braces-as-text.ts`), so the page,
 * `publications.json` and the feed show the same. Text MDX cannot read (`we <3 this`, `{1+}`, a stray
 * `</p>`) is an error naming the line, never silently changed.
 */
import type { Nodes, Root } from 'mdast';
import { createRequire } from 'node:module';
import { plainProseHtml } from './plain-prose.ts';

type Parser = { parse: (text: string) => Root };
let parser: Parser | undefined;

/**
 * The MDX parser, loaded on first use: remark-mdx brings a JavaScript parser (acorn), and loading the
 * four packages took a 1,000-paper ingest 0.15 s, for bodies it almost never needs to parse (plain
 * prose is never parsed, see `mayUseMdx`). Node loads these ES modules with `require` (they use no
 * top-level await), which keeps this function, and the stages that call it, synchronous.
 */
function mdxParser(): Parser {
  if (parser) return parser;
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
  const remarkMath = (require('remark-math') as typeof import('remark-math')).default;
  parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath) as Parser;
  return parser;
}

export type BodyCheck =
  | { ok: true; tree: Root; usesMdx: boolean; components: ComponentUse[] }
  | { ok: false; line: number; column?: number; message: string };

/** A JSX element named like a component (`<Figure>`, `<Slides.Deck>`), and where it is. */
export interface ComponentUse {
  name: string;
  line: number;
}

/** Parses `body` as the build will; an error carries the body's line (1 is the body's first line). */
export function checkMdxBody(body: string): BodyCheck {
  let tree: Root;
  try {
    tree = mdxParser().parse(body);
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      ok: false,
      line: line ?? 1,
      ...(column ? { column } : {}),
      message: `is not valid MDX: ${(reason ?? (error as Error).message).replace(/\.$/, '')} (for a literal \`<\` or \`{\`, write \`\\<\` or \`\\{\`).`,
    };
  }
  const components: ComponentUse[] = [];
  let usesMdx = false;
  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm') usesMdx = true;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      usesMdx = true;
      if (node.name && /^[A-Z]|\./.test(node.name))
        components.push({ name: node.name, line: node.position?.start.line ?? 1 });
    }
  });
  return { ok: true, tree, usesMdx, components };
}

/** The names a body imports (`import Figure from '…'`, `import { A, B as C } from '…'`). */
export function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxjsEsm') return;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
    }
  });
  return names;
}

/**
 * The first component a body uses that is neither imported nor among `available` (the components in
 * `content/components/`): MDX would only fail when the page renders, with no file or line.
 */
export function unknownComponent(
  tree: Root,
  components: readonly ComponentUse[],
  available: ReadonlySet<string>,
): ComponentUse | undefined {
  const imported = importedNames(tree);
  return components.find((use) => {
    const root = use.name.split('.')[0] ?? use.name;
    return !imported.has(root) && !available.has(root);
  });
}

function visit(node: Nodes, enter: (node: Nodes) => void): void {
  enter(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, enter);
}

/**
 * `$…$` and `$$…$$` spans (not after a backslash, inline ones within a line), whose braces are TeX:
 * remark-math reads every such span as math.
 */
const mathSpans = /(?<!\\)\$\$[\s\S]*?(?<!\\)\$\$|(?<!\\)\$[^$\n]*?(?<!\\)\$/g;
/** What MDX reads differently from Markdown: a tag, an expression, an import or export. */
const mdxSyntax = /[<{}]|^(?:import|export)\b/m;

/**
 * False when `body` cannot hold anything MDX reads differently from Markdown (no `<`, `{` or `}`
 * outside math, no `import` or `export` line): such a body always parses, as prose, and the parse
 * is skipped. It is most bodies with math, whose braces are all TeX; the parse costs about half as
 * much as rendering them.
 */
export function mayUseMdx(body: string): boolean {
  return mdxSyntax.test(body.replace(mathSpans, ''));
}

/** The line of a publication file (`text`) on which its body (`body`, a suffix of it) starts. */
export function firstBodyLine(text: string, body: string): number {
  return text.split('\n').length - body.split('\n').length + 1;
}

/**
 * What is wrong with the body of a whole file, with the file's line and column, or undefined for a
 * body the build reads. Plain prose is skipped without parsing: it is always valid.
 */
export function bodyProblem(
  text: string,
  body: string,
): { line: number; column?: number; message: string } | undefined {
  if (plainProseHtml(body) !== undefined || !mayUseMdx(body)) return undefined;
  const check = checkMdxBody(body);
  if (check.ok) return undefined;
  return { ...check, line: firstBodyLine(text, body) + check.line - 1, message: `the body ${check.message}` };
}

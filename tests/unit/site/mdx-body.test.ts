/**
 * How the site reads a body (src/lib/mdx-body.ts): prose or MDX, the components it uses, and errors
 * with lines; and braces in text, which read as text on the page and in the exports alike.
 */
import { evaluate } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { bodyProblem, checkMdxBody, mayUseMdx, unknownComponent } from '../../../src/lib/mdx-body.ts';
import { plainAbstract } from '../../../src/lib/plain-abstract.ts';
import { remarkBracesAsText } from '../../../src/lib/remark-braces-as-text.ts';

/** A JSX runtime that renders to an HTML string, enough to see what MDX would show. */
type Props = { children?: unknown } & Record<string, unknown>;
const toHtml = (children: unknown): string =>
  Array.isArray(children) ? children.map(toHtml).join('') : children == null ? '' : String(children);
const jsx = (type: unknown, props: Props) =>
  typeof type === 'function'
    ? (type as (props: Props) => string)(props)
    : type === Fragment
      ? toHtml(props.children)
      : `<${String(type)}>${toHtml(props.children)}</${String(type)}>`;
const Fragment = Symbol('Fragment');

async function renderMdx(body: string, components: Record<string, (props: Props) => string> = {}): Promise<string> {
  const { default: Content } = await evaluate(body, {
    jsx,
    jsxs: jsx,
    Fragment,
    remarkPlugins: [remarkMath, remarkBracesAsText],
  } as never);
  return (Content as (props: unknown) => string)({ components });
}

describe('reading a body as the build does', () => {
  it('takes prose with math, links and braces as prose, compiled without a module', () => {
    const check = checkMdxBody('We bound $\\frac{a}{b}$ for the set {x | x > 0}; see [the code](https://example.org).');
    expect(check).toMatchObject({ ok: true, usesMdx: false, components: [] });
  });

  it('takes a body with an import or a component as MDX, listing its components and lines', () => {
    const check = checkMdxBody(
      'import Chart from \'./chart.astro\';\n\nText.\n\n<Figure caption="A" />\n\n<Chart />\n',
    );
    expect(check).toMatchObject({
      ok: true,
      usesMdx: true,
      components: [
        { name: 'Figure', line: 5 },
        { name: 'Chart', line: 7 },
      ],
    });
  });

  it('names a component that is neither imported nor among the owner’s', () => {
    const check = checkMdxBody('import Chart from \'./chart.astro\';\n\n<Chart />\n\n<Figrue caption="typo" />\n');
    if (!check.ok) throw new Error(check.message);
    expect(unknownComponent(check.tree, check.components, new Set(['Figure']))).toEqual({ name: 'Figrue', line: 5 });
    expect(unknownComponent(check.tree, check.components.slice(0, 1), new Set(['Figure']))).toBeUndefined();
  });

  it('gives the line in the file, past the frontmatter, of text MDX cannot read', () => {
    const text = '---\ntitle: A\n---\n\nFirst paragraph.\n\nwe <3 this\n';
    const body = 'First paragraph.\n\nwe <3 this\n';
    expect(bodyProblem(text, body)).toMatchObject({
      line: 7,
      column: 5,
      message: expect.stringContaining('write `\\<`'),
    });
    expect(bodyProblem(text.replace('<3', '\\<3'), body.replace('<3', '\\<3'))).toBeUndefined();
  });
});

describe('braces in text', () => {
  const body = 'The set {x | x > 0} is open.';

  it('render as written in an MDX body', async () => {
    expect(await renderMdx(body)).toBe('<p>The set {x | x > 0} is open.</p>');
  });

  it('render as written next to a component, which still takes expressions in its attributes', async () => {
    const Badge = (props: Props) => `<b>${String(props['count'])}</b>`;
    expect(await renderMdx(`${body}\n\n<Badge count={2 + 1} />\n`, { Badge })).toBe(
      '<p>The set {x | x > 0} is open.</p>\n<b>3</b>',
    );
  });

  it('are kept in the abstract text that publications.json and the feed carry', () => {
    expect(plainAbstract(body)).toBe(body);
    expect(plainAbstract(`${body}\n\n<Figure caption="x" />\n`)).toBe(body);
  });
});

describe('the shortcut past the MDX parse', () => {
  it('skips bodies whose only braces are TeX, and no others', () => {
    expect(mayUseMdx('We bound $\\frac{a}{b}$ and $$\\sum_{i} x_i$$ for all inputs.')).toBe(false);
    expect(mayUseMdx('A price of \\$5 and {1+} and \\$6.')).toBe(true);
    expect(mayUseMdx('Math $\\frac{a}{b}$ then we <3 this.')).toBe(true);
    expect(mayUseMdx('Math $x$ then a set {x | x > 0}.')).toBe(true);
    expect(mayUseMdx("import Figure from '../components/Figure.astro';\n\nText.")).toBe(true);
    expect(mayUseMdx('Text $x$.\n\n$y\n\nan open {brace')).toBe(true);
  });

  it('skips only bodies the MDX parser reads as prose', () => {
    const samples = [
      'We bound $\\frac{a}{b}$ and $$\\sum_{i} x_i$$ for all inputs.',
      'Costs $5 and {1+} for $6 today.',
      'A $\\{x\\}$ set, an escaped \\$ sign and $y^{2}$.',
      'Two paragraphs $a_{1}$.\n\nAnd $b^{c}$ here.',
    ];
    for (const body of samples) {
      if (mayUseMdx(body)) continue;
      expect(checkMdxBody(body), body).toMatchObject({ ok: true, usesMdx: false });
    }
  });
});

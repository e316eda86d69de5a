/**
 * Rendering publication files: the abstract as an mdast tree serialised with remark-stringify,
 * remark-mdx and remark-math (so `{ } < >` are escaped and `$…$` stays math), and the frontmatter
 * as YAML in a fixed key order.
 */
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../../src/lib/yaml.ts';
import { abstractTree } from '../../../../scripts/ingest/render/abstract-tree.ts';
import { renderBody, renderFrontmatter, renderPublicationFile } from '../../../../scripts/ingest/render/mdx.ts';
import { mdxTree, nodeTypes, visibleText } from '../helpers.ts';

const jsxNodes = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

describe('abstractTree', () => {
  it('makes a paragraph per blank-line-separated block, collapsing white space inside', () => {
    expect(abstractTree('First  line\nwrapped.\n\n\n  Second   paragraph. ')).toEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'First line wrapped.' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'Second paragraph.' }] },
      ],
    });
  });

  it('turns $…$ into inline math and keeps the text around it', () => {
    expect(abstractTree('A bound of $O(\\sqrt{T})$ for $k$-sparse signals.').children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'A bound of ' },
        { type: 'inlineMath', value: 'O(\\sqrt{T})' },
        { type: 'text', value: ' for ' },
        { type: 'inlineMath', value: 'k' },
        { type: 'text', value: '-sparse signals.' },
      ],
    });
  });

  it.each([
    ['a lone dollar', 'It costs $5 per hour.'],
    ['two prices', 'Between $5 and $10 per hour.'],
    ['dollars with spaces inside', 'A $ 5 $ oddity.'],
    ['an escaped dollar', 'An escaped \\$ sign and another \\$.'],
  ])('leaves %s as text', (_, abstract) => {
    const paragraph = abstractTree(abstract).children[0];
    expect(paragraph).toEqual({ type: 'paragraph', children: [{ type: 'text', value: abstract }] });
  });

  it.each([
    ['still finds the math after a lone dollar', 'It costs $5 and grows as $x^2$.', 'It costs $5 and grows as ', 'x^2'],
    [
      'reads LaTeX escapes in running text as the characters, but not inside math',
      'Inter-\\&intra-class, 5\\% fewer, \\#1 on a\\_b, \\{x\\} and $a\\%b$.',
      'Inter-&intra-class, 5% fewer, #1 on a_b, {x} and ',
      'a\\%b',
    ],
  ])('%s', (_, abstract, text, math) => {
    expect(abstractTree(abstract).children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: text },
        { type: 'inlineMath', value: math },
        { type: 'text', value: '.' },
      ],
    });
  });

  it('links URLs, leaving braces and trailing punctuation outside the link', () => {
    const paragraph = abstractTree('Code is available at {https://github.com/x/y}.').children[0];
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Code is available at {' },
        { type: 'link', url: 'https://github.com/x/y', children: [{ type: 'text', value: 'https://github.com/x/y' }] },
        { type: 'text', value: '}.' },
      ],
    });
  });
});

describe('renderBody', () => {
  const hostile: [what: string, abstract: string][] = [
    ['braces and angle brackets', 'We bound {x | x < 5} by <T> and } alone, then { alone.'],
    ['HTML and a script', "Text with <script>alert('x')</script>, <img src=x onerror=alert(1)> and <b>bold</b>."],
    ['JSX and an expression', 'A <Component prop={1} /> and {props.secret} and export const x = 1'],
    [
      'Markdown syntax',
      '# not a heading\n\n> not a quote\n\n- not a list\n\n1. not a list either\n\n---\n\n*not emphasis* and `not code` and [not](a link)',
    ],
    ['math with braces next to money', 'Math $\\frac{\\{a\\}}{b}$ and $x < y$, money $5, and 10-20$\\times$ faster.'],
    ['a URL in braces', 'Code: {https://github.com/x/y}. Docs: <https://docs.example.org>.'],
  ];

  it.each(hostile)(
    'escapes %s so the body compiles as MDX, contains no JSX and reads back as the same text',
    async (_, abstract) => {
      const body = renderBody(abstractTree(abstract));
      await compile(body, { remarkPlugins: [remarkMath] });
      const tree = mdxTree(body);
      for (const type of jsxNodes) expect(nodeTypes(tree).has(type), type).toBe(false);
      for (const type of ['heading', 'blockquote', 'list', 'thematicBreak', 'emphasis', 'inlineCode'])
        expect(nodeTypes(tree).has(type), type).toBe(false);
      const expected = abstract
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .join('\n\n');
      expect(visibleText(tree)).toBe(expected);
    },
  );

  it('keeps $…$ as math nodes that remark-math reads back, and escapes a lone dollar', () => {
    const body = renderBody(abstractTree('Regret $O(\\sqrt{T \\log K})$ at a cost of $5.'));
    expect(body).toBe('Regret $O(\\sqrt{T \\log K})$ at a cost of \\$5.\n');
    const math = mdxTree(body).children[0];
    expect(math).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text' },
        { type: 'inlineMath', value: 'O(\\sqrt{T \\log K})' },
        { type: 'text', value: ' at a cost of $5.' },
      ],
    });
  });

  it('escapes { } < > in the serialised text', () => {
    expect(renderBody(abstractTree('{a} <b>'))).toBe('\\{a} \\<b>\n');
  });

  it('gives an empty body for an empty abstract', () => {
    expect(renderBody(abstractTree(''))).toBe('');
  });
});

describe('renderFrontmatter and renderPublicationFile', () => {
  const data = {
    sources: ['b.txt', 'a.txt'],
    title: "Learning: A \"Quoted\" Title # not a comment, it's 'fine' ---",
    zeta: 'an unknown field',
    authors: ['Jörg Müller', '{van der Berg}, Jan'],
    links: { code: 'https://github.com/x/y' },
    date: '2024-05-01',
    topics: ['federated-bandits'],
    arxiv: '2405.14734',
    featured: true,
  };

  it('writes known keys in a fixed order, unknown ones after them, and quotes dates and ids', () => {
    const yaml = renderFrontmatter(data);
    expect(
      yaml
        .split('\n')
        .filter((line) => /^\w/.test(line))
        .map((line) => line.split(':')[0]),
    ).toEqual(['title', 'authors', 'date', 'arxiv', 'links', 'topics', 'featured', 'sources', 'zeta']);
    expect(yaml).toContain('date: "2024-05-01"');
    expect(yaml).toContain('arxiv: "2405.14734"');
  });

  it('writes YAML that reads back to the same values, whatever characters they hold', () => {
    expect(readYaml(renderFrontmatter(data))).toEqual(data);
  });

  it('wraps frontmatter and body in a file with --- fences', () => {
    expect(renderPublicationFile('title: A\n', 'Body.\n')).toBe('---\ntitle: A\n---\n\nBody.\n');
  });

  it('renders the same data to the same bytes', () => {
    expect(renderFrontmatter({ ...data })).toBe(renderFrontmatter(data));
  });
});

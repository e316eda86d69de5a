/**
 * Plain-prose bodies written directly must be byte for byte what remark writes, and every body
 * remark would escape anything in must be left to remark.
 */
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../scripts/bench/random.ts';
import { abstractTree } from '../../../../scripts/ingest/render/abstract-tree.ts';
import { remarkBody } from '../../../../scripts/ingest/render/mdx.ts';
import { plainMarkdown } from '../../../../scripts/ingest/render/plain-markdown.ts';

// Seeded, so the cases are the same every run.
const { next } = seededRandom(5);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
/** Words, spaces and the punctuation plain prose is made of. */
const prose = [
  'We',
  'graph',
  'über',
  'α',
  ' ',
  ' ',
  '. ',
  ', ',
  ': ',
  '; ',
  '1',
  '(',
  ')',
  '%',
  '/',
  '?',
  '!',
  "'",
  '’',
  '"',
  '–',
  '—',
  '-',
  '\n\n',
];

/** Prose, and the characters Markdown, MDX and math give a meaning, in places where they have it. */
const pieces = [
  ...prose,
  '2.',
  '3)',
  ' - ',
  '+ ',
  '# ',
  '> ',
  '=',
  '*',
  '_',
  '__',
  '[',
  ']',
  '![',
  '<',
  '<a',
  '{',
  '}',
  '$',
  '$x$',
  '&',
  '&amp;',
  '\\',
  '`',
  '~',
  '|',
  'https://x.org/a',
];

describe('plainMarkdown', () => {
  it('writes what remark writes, whenever it writes anything', () => {
    let written = 0;
    for (let index = 0; index < 3000; index += 1) {
      const abstract = Array.from({ length: 1 + Math.floor(next() * 10) }, () =>
        pick(next() < 0.8 ? prose : pieces),
      ).join('');
      const tree = abstractTree(abstract);
      const plain = plainMarkdown(tree);
      if (plain === undefined) continue;
      written += 1;
      expect(plain, JSON.stringify(abstract)).toBe(remarkBody(tree));
    }
    expect(written).toBeGreaterThan(200);
  });

  it('writes paragraphs of prose', () => {
    const tree = abstractTree(
      'We study graphs (and trees): 95% of them, at least.\n\nOur analysis reveals why — and when.',
    );
    expect(plainMarkdown(tree)).toBe(remarkBody(tree));
  });

  it.each([
    '1. Not a list',
    '- Not a list',
    'A *starred* word',
    'Under_score',
    'A <tag>',
    'A {brace}',
    'Math $x$',
    'A & B',
    'https://example.org',
  ])('leaves %j to remark', (abstract) => {
    expect(plainMarkdown(abstractTree(abstract))).toBeUndefined();
  });

  it('leaves an empty body to remark', () => {
    const empty: Root = { type: 'root', children: [] };
    expect(plainMarkdown(empty)).toBeUndefined();
  });
});

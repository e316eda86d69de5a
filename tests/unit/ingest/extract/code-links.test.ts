/** Code links from `Code: URL` comments and from abstracts that offer code, cleaned of punctuation. */
import { describe, expect, it } from 'vitest';
import { cleanUrl, codeLinksFrom, urlsIn } from '../../../../scripts/ingest/extract/code-links.ts';

describe('codeLinksFrom', () => {
  const table: [text: string, links: string[]][] = [
    ['Code: https://github.com/weizhepei/InstructRAG', ['https://github.com/weizhepei/InstructRAG']],
    ['ICML 2025. Code: https://github.com/weizhepei/AdaDecode', ['https://github.com/weizhepei/AdaDecode']],
    ['Our code is available at https://github.com/weizhepei/RELEX.', ['https://github.com/weizhepei/RELEX']],
    ['Our code is available at {https://github.com/x/y}.', ['https://github.com/x/y']],
    ['The implementation (https://gitlab.com/a/b) is public.', ['https://gitlab.com/a/b']],
    [
      'the code for reproducing our results is available at: https://github.com/SJY8460/SAO.',
      ['https://github.com/SJY8460/SAO'],
    ],
    // A repository before a documentation site, whatever the order in the text.
    [
      'Code, examples, and documentation are available at https://duplebalance.readthedocs.io and https://github.com/AnonAuthorAI/duplebalance',
      ['https://github.com/AnonAuthorAI/duplebalance', 'https://duplebalance.readthedocs.io'],
    ],
    // URLs in sentences that do not offer code are not code links.
    ['We evaluate on data from https://example.org/data. It is large.', []],
    ['No links at all.', []],
  ];
  it.each(table)('finds the code links in “%s”', (text, links) => {
    expect(codeLinksFrom(text)).toEqual(links);
  });

  it('only takes URLs from the sentences that mention code', () => {
    const text =
      'Our benchmark is hosted at https://bench.example.org. The code is released at https://github.com/x/bench.';
    expect(codeLinksFrom(text)).toEqual(['https://github.com/x/bench']);
  });
});

describe('cleanUrl and urlsIn', () => {
  it.each([
    ['https://github.com/x/y}.', 'https://github.com/x/y'],
    ['https://github.com/x/y).', 'https://github.com/x/y'],
    ['https://github.com/x/y,', 'https://github.com/x/y'],
    ["https://github.com/x/y';", 'https://github.com/x/y'],
    ['https://github.com/x/y', 'https://github.com/x/y'],
  ])('strips the trailing punctuation of %s', (url, clean) => {
    expect(cleanUrl(url)).toBe(clean);
  });

  it('lists each URL once, in order, cut at braces and angle brackets', () => {
    expect(urlsIn('see {https://a.example/x}, <https://b.example/y> and https://a.example/x.')).toEqual([
      'https://a.example/x',
      'https://b.example/y',
    ]);
  });
});

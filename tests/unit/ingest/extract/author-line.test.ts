/** Author lines of aggregator pages: names in order, "et al." as truncation, affiliations dropped. */
import { describe, expect, it } from 'vitest';
import { parseAuthorLine } from '../../../../scripts/ingest/extract/author-line.ts';

describe('parseAuthorLine', () => {
  it.each([
    ['Weizhi Zhang, Xinyang Zhang, Chenwei Zhang et al.', ['Weizhi Zhang', 'Xinyang Zhang', 'Chenwei Zhang'], true],
    ['Yiding Wang, Zhepei Wei, Xinyu Zhu et al. · pku', ['Yiding Wang', 'Zhepei Wei', 'Xinyu Zhu'], true],
    ['J. Doe, A. Lima, et al', ['J. Doe', 'A. Lima'], true],
    ['Zhepei Wei, Wei-Lin Chen, Yu Meng', ['Zhepei Wei', 'Wei-Lin Chen', 'Yu Meng'], false],
    ['Ana Lima and Wei Chen', ['Ana Lima', 'Wei Chen'], false],
    ['Jan van der Berg, Léa Fontaine & Tomás Reyes', ['Jan van der Berg', 'Léa Fontaine', 'Tomás Reyes'], false],
  ] as const)('reads “%s”', (line, authors, truncated) => {
    expect(parseAuthorLine(line)).toEqual({ authors, truncated });
  });

  it.each(['Large language models are increasingly used as automatic evaluators in applications.', '', '12 citations'])(
    'does not take “%s” for an author line',
    (line) => {
      expect(parseAuthorLine(line)).toBeUndefined();
    },
  );
});

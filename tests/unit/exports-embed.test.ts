import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toEmbedData } from '../../src/lib/exports/embed-data.ts';
import { bundleEmbedCode, wrapEmbedScript } from '../../src/lib/exports/embed-script.ts';
import { hostilePublication, makePublication } from '../helpers/publication-fixtures.ts';

const context = {
  location: { site: 'https://jane.example.org', base: '/' },
  ownerName: 'Jane Doe',
  ownerNames: ['Jane Doe', 'J. Doe'],
  topicLabels: new Map([['federated-learning', 'Federated learning']]),
};

describe('toEmbedData', () => {
  const data = toEmbedData(
    [
      hostilePublication,
      makePublication({ slug: 'plain', authors: ['J. Doe', 'Jane Doering'], links: { pdf: 'https://x.org/a.pdf' } }),
    ],
    context,
  );

  it('prepares titles as text, owners, links and topics at build time', () => {
    expect(data.home).toBe('https://jane.example.org/');
    expect(data.topics).toEqual({ 'federated-learning': 'Federated learning' });
    const [hostile, plain] = data.items;
    expect(hostile).toMatchObject({
      t: 'Ünïcode & <img src=x onerror=alert(1)> at 100% ~ #1_a {b} ^ \\ café with E/m',
      o: [1],
      e: 1,
      y: 2025,
      v: 'ICML 2025',
      u: 'https://jane.example.org/publications/hostile/',
      l: [
        ['arXiv', 'https://arxiv.org/abs/2503.01234'],
        ['Code', 'https://github.com/example/x'],
        ['DOI', 'https://doi.org/10.1000/a_b.c'],
        ['Slides', 'https://example.org/slides.pdf'],
      ],
    });
    expect(plain).toMatchObject({ o: [0], l: [['PDF', 'https://x.org/a.pdf']] });
    expect(plain).not.toHaveProperty('v');
  });
});

describe('embed.js', () => {
  it('is at most 10 KB gzipped without its data', async () => {
    const code = await bundleEmbedCode();
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
  });

  it('is deterministic and reads its data only through the wrapper parameter', async () => {
    const code = await bundleEmbedCode();
    const data = toEmbedData([hostilePublication], context);
    expect(wrapEmbedScript(code, data, data.home)).toBe(wrapEmbedScript(code, structuredClone(data), data.home));
    expect(code).toContain('__PUBLICATION_DATA__');
    // No HTML parsing anywhere in the component.
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('escapes "<" in the inlined data so it can never close a <script> element', async () => {
    const script = wrapEmbedScript('0', toEmbedData([hostilePublication], context), 'https://jane.example.org/');
    expect(script).not.toMatch(/<img|<\/script/i);
  });
});

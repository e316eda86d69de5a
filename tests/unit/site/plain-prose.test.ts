/**
 * The collection loader's shortcut for plain prose gives exactly the HTML the site's Markdown
 * processor gives, and takes the abstracts it should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { seededRandom } from '../../../scripts/bench/random.ts';
import { randomProse } from '../../helpers/random-prose.ts';
import { syntheticDocuments } from '../../../scripts/bench/synthetic-profile.ts';
import { splitPublicationFile } from '../../../src/lib/publication-file.ts';
import { markdownProcessor } from '../../../src/lib/markdown-processor.ts';
import { plainProseHtml } from '../../../src/lib/plain-prose.ts';

let renderer: MarkdownRenderer;
beforeAll(async () => {
  renderer = await markdownProcessor.createRenderer({ gfm: true, smartypants: false, syntaxHighlight: false });
});
const rendered = async (body: string) => (await renderer.render(body, { frontmatter: {} })).code;

/** Bodies the ingest wrote for the example site. */
function exampleBodies(): string[] {
  const folder = join(import.meta.dirname, '../../../content/publications');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const read = splitPublicationFile(readFileSync(join(folder, name), 'utf8'));
      return read.ok ? [read.file.body] : [];
    });
}

describe('plain prose rendered without the Markdown processor', () => {
  it('gives the processor’s HTML for every body it takes, and takes plain abstracts', async () => {
    const abstracts = [...syntheticDocuments(300, 9).values()]
      .flatMap((text) => [...text.matchAll(/abstract = \{([^{}]*)\}/g)].map((match) => `${match[1]}\n`))
      .slice(0, 40);
    expect(abstracts.length).toBeGreaterThan(20);
    const bodies = [...exampleBodies(), ...abstracts, 'One paragraph.\n\nAnd a second one.\n'];
    let taken = 0;
    for (const body of bodies) {
      const html = plainProseHtml(body);
      if (html === undefined) continue;
      taken += 1;
      expect(html, body).toBe(await rendered(body));
    }
    expect(taken).toBeGreaterThanOrEqual(abstracts.length);
  });

  it('leaves to the processor anything Markdown could read as more than text', async () => {
    const random = seededRandom(17);
    const risky = [
      '\n',
      '\n\n',
      '\n\n\n',
      '1. ',
      '- ',
      '* ',
      '_x_',
      '`',
      '$x$',
      '<b>',
      '&amp;',
      '&',
      '#',
      '>',
      '~~',
      '|',
      '[a](b)',
      '\\',
      '{',
      '}',
      '^',
      '@',
      'a@b.co',
      'www.example.org',
      'https://example.org',
      'mailto:x',
      '===',
      '---',
      '  \n',
    ];
    let taken = 0;
    for (let round = 0; round < 400; round += 1) {
      const body = `Word${randomProse(random, risky).text}`;
      const html = plainProseHtml(body);
      if (html === undefined) continue;
      taken += 1;
      expect(html, JSON.stringify(body)).toBe(await rendered(body));
    }
    expect(taken).toBeGreaterThan(40);
  });
});

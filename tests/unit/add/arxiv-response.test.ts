import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArxivResponse } from '../../../scripts/add/arxiv-response.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/arxiv-atom', name), 'utf8');

describe('checkArxivResponse', () => {
  const accepted: [string, string[]][] = [
    ['single paper with affiliations.xml', ['2406.13629']],
    ['versioned id and wrapped title.xml', ['2405.14734']],
    ['journal reference and DOI on an old-style id.xml', ['hep-th/9901001']],
    ['two papers in one response.xml', ['2405.14734', '2406.13629']],
  ];
  it.each(accepted)('accepts “%s” for %j, entries in the order asked', (name, ids) => {
    const checked = checkArxivResponse(fixture(name), ids);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.entries.map((entry) => entry.id.replace(/^.*\/abs\/|v\d+$/g, ''))).toEqual(ids);
  });

  const refused: [string, string, string[], RegExp][] = [
    [
      'the API’s error feed',
      fixture('error feed for an unknown id.xml'),
      ['1234.12345'],
      /^The arXiv API refused 1234\.12345: “incorrect id format for 1234\.12345”/,
    ],
    ['an empty result', fixture('empty result.xml'), ['2406.99999'], /^arXiv has no paper 2406\.99999 /],
    [
      'an answer missing one of the ids',
      fixture('single paper with affiliations.xml'),
      ['2406.13629', '2406.99999'],
      /^arXiv has no paper 2406\.99999 /,
    ],
    [
      'an HTML page',
      '<!doctype html><html><body>Rate limited</body></html>',
      ['2406.13629'],
      /is not an arXiv Atom feed \(it starts “<!doctype html>/,
    ],
    [
      'truncated XML',
      fixture('single paper with affiliations.xml').slice(0, 1500),
      ['2406.13629'],
      /is not well-formed XML: .* \(line \d+\)\. Nothing was saved/,
    ],
    ['an empty body', '', ['2406.13629'], /is not an arXiv Atom feed/],
  ];
  it.each(refused)('refuses %s', (_, text, ids, message) => {
    const checked = checkArxivResponse(text, ids);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(message);
  });
});

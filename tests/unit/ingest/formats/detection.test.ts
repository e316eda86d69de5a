/**
 * Format detection with the full registry, in registry order: every fixture in
 * tests/fixtures/ingest/formats/<format>/ must be claimed by exactly that format, which means that
 * every format before it in the registry must reject it. Formats later in the registry may accept
 * it too (the glued stream accepts any text with an arXiv id); that is why the order matters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../scripts/ingest/decode.ts';
import { detectFormat } from '../../../../scripts/ingest/detect.ts';
import { documentFormats } from '../../../../scripts/ingest/formats/index.ts';
import { decodedFixture, exampleSources, formatFixtureNames } from '../helpers.ts';

const formatFolders = [
  'arxiv-listing',
  'glued-abstract-stream',
  'abstract-list',
  'profile-page',
  'trending-page',
  'bibtex',
];
const fixtures = formatFolders.flatMap((format) => formatFixtureNames(format).map((name) => [format, name] as const));
const indexOf = (name: string) => documentFormats.findIndex((format) => format.name === name);

describe('format detection over the fixtures', () => {
  it('has fixtures for every format it tests', () => {
    for (const format of formatFolders) expect(formatFixtureNames(format).length, format).toBeGreaterThan(0);
  });

  /**
   * The catch-all formats, last in the registry: the glued stream accepts any text with an `arXiv:`
   * id (a listing, BibTeX citing arXiv), the `Abstract:` list any text with an `Abstract:` line.
   * No other format may accept another format's document.
   */
  const catchAll = ['glued-abstract-stream', 'abstract-list'];

  it.each(fixtures)('detects the %s fixture “%s” as exactly that format', (format, name) => {
    const { text } = decodedFixture(`${format}/${name}`);
    expect(detectFormat(text, documentFormats)?.name).toBe(format);
    const earlier = documentFormats.slice(0, indexOf(format));
    expect(earlier.filter((other) => other.detect(text)).map((other) => other.name)).toEqual([]);
    const others = documentFormats
      .filter((other) => other.name !== format && other.detect(text))
      .map((other) => other.name);
    expect(others.filter((other) => !catchAll.includes(other))).toEqual([]);
  });

  it.each(formatFixtureNames('unknown'))('recognises no format in “%s”', (name) => {
    const { text } = decodedFixture(`unknown/${name}`);
    expect(detectFormat(text, documentFormats)).toBeUndefined();
  });

  it.each(fixtures)(
    'detects the %s fixture “%s” the same way with CRLF line endings and a byte-order mark',
    (format, name) => {
      const original = readFileSync(
        join(import.meta.dirname, '../../../fixtures/ingest/formats', format, name),
        'utf8',
      ).replace(/^\uFEFF/, '');
      const windows = new TextEncoder().encode(`\uFEFF${original.replace(/\r?\n/g, '\r\n')}`);
      const decoded = decodeDocument({ name, bytes: windows });
      if (!decoded.ok) throw new Error(decoded.diagnostic.message);
      const format2 = detectFormat(decoded.document.text, documentFormats);
      expect(format2?.name).toBe(format);
      expect(format2?.parse(decoded.document)).toEqual(format2?.parse(decodedFixture(`${format}/${name}`)));
    },
  );
});

describe('format detection of the example documents', () => {
  // Read from the documents: 000 is a blank-line-separated listing with `Created:` lines, 001 runs
  // each abstract straight on from the previous id, 002 prefixes abstracts with `Abstract:`, 003 is
  // a "Daily Papers" page with `• N authors` lines, 004 is Zhepei Wei's profile with "18 Papers".
  const expected: [string, string][] = [
    ['000_2254eadc51b93e53.txt', 'arxiv-listing'],
    ['001_9e2bdce1dcc1298b.txt', 'glued-abstract-stream'],
    ['002_381581610fde0f45.txt', 'abstract-list'],
    ['003_a18a4032dfc3a88c.txt', 'trending-page'],
    ['004_26ce11d630862fb8.txt', 'profile-page'],
  ];
  it.each(expected)('detects %s as %s', (name, format) => {
    const text = readFileSync(join(exampleSources, name), 'utf8');
    expect(detectFormat(text, documentFormats)?.name).toBe(format);
  });
});

describe('registry order', () => {
  const format = (name: string) => {
    const found = documentFormats.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no format ${name}`);
    return found;
  };

  it('tries the arXiv listing before the glued stream, whose looser test a listing also passes', () => {
    const { text } = decodedFixture('arxiv-listing/two papers with a venue comment and a code link.txt');
    expect(format('glued-abstract-stream').detect(text)).toBe(true);
    expect(indexOf('arxiv-listing')).toBeLessThan(indexOf('glued-abstract-stream'));
    expect(detectFormat(text, documentFormats)?.name).toBe('arxiv-listing');
  });

  it('keeps a trending page a trending page when it holds an arXiv id on a line of its own', () => {
    const { text } = decodedFixture('trending-page/daily papers with author counts and organisations.txt');
    const citing = text.replace(
      'build a reward-augmented dataset.',
      'build a reward-augmented dataset.\narXiv:2401.01234v2\n',
    );
    expect(citing).not.toBe(text);
    expect(format('glued-abstract-stream').detect(citing)).toBe(true);
    expect(detectFormat(citing, documentFormats)?.name).toBe('trending-page');
  });

  it('keeps a profile page a profile page when an abstract cites an arXiv id or starts a line with Abstract:', () => {
    const { text } = decodedFixture('profile-page/a profile with stats, year-less dates and an affiliation.txt');
    const citing = text.replace(
      'Agents forget what their users like.',
      'Abstract: Agents forget what their users like (see arXiv:2506.06254).',
    );
    expect(citing).not.toBe(text);
    expect(detectFormat(citing, documentFormats)?.name).toBe('profile-page');
  });

  it('keeps BibTeX BibTeX when an abstract field holds arXiv ids and Abstract: lines', () => {
    const bib =
      '@article{a,\n  title = {A},\n  author = {Doe, Jane},\n  abstract = {\nAbstract: builds on\narXiv:2401.01234\nCreated: 2024-01-02\n},\n}\n';
    expect(format('arxiv-listing').detect(bib)).toBe(true);
    expect(detectFormat(bib, documentFormats)?.name).toBe('bibtex');
  });
});

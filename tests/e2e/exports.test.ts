/** The exports of the built site: each file against its schema, parser or validity rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cslItemsSchema } from '../../src/lib/citations/csl.ts';
import { bundleEmbedCode } from '../../src/lib/exports/embed-script.ts';
import { publicationsExportSchema, type PublicationsExport } from '../../src/lib/exports/publications-json.ts';
import { renderApa } from '../helpers/citeproc.ts';
import { expectValidFeed } from '../helpers/feed-validity.ts';
import { typesetWithBiber, typesetWithBibtex } from '../helpers/typeset-bibtex.ts';

describe('exports of the built site', () => {
  let siteDir: string;
  let exported: PublicationsExport;
  const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

  beforeAll(() => {
    siteDir = inject('siteDir');
    exported = publicationsExportSchema.parse(JSON.parse(read('publications.json')));
  });

  it('publications.json follows the schema, newest first, with absolute paper URLs', () => {
    const paperFiles = readdirSync(join(siteDir, 'publications')).filter((name) => name.endsWith('.bib'));
    expect(exported.publications.length).toBe(paperFiles.length);
    expect(exported.publications.length).toBeGreaterThan(0);
    const dates = exported.publications.map((p) => p.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const home = exported.owner.url;
    expect(home).toMatch(/^https?:\/\/.+\/$/);
    for (const publication of exported.publications) {
      expect(publication.url).toBe(`${home}publications/${publication.id}/`);
      expect(publication.bibtex).toBe(`${home}publications/${publication.id}.bib`);
    }
    expect(new Set(exported.publications.map((p) => p.citationKey)).size).toBe(exported.publications.length);
  });

  it('publications.bib parses, one entry per publication, with the keys the JSON gives', () => {
    const library = parse(read('publications.bib'), { english: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(exported.publications.map((p) => p.citationKey));
    for (const [index, entry] of library.entries.entries()) {
      expect(entry.fields['url']).toBe(exported.publications[index]!.url);
    }
  });

  it('each paper has its own .bib with the same entry', () => {
    const all = read('publications.bib');
    for (const publication of exported.publications) {
      const own = read(`publications/${publication.id}.bib`);
      const library = parse(own, { english: false });
      expect(library.errors).toEqual([]);
      expect(library.entries.map((entry) => entry.key)).toEqual([publication.citationKey]);
      expect(all).toContain(own);
    }
  });

  it('publications.csl.json follows the CSL-JSON subset schema', () => {
    const items = cslItemsSchema.parse(JSON.parse(read('publications.csl.json')));
    expect(items.map((item) => item.id)).toEqual(exported.publications.map((p) => p.citationKey));
    expect(items.map((item) => item.URL)).toEqual(exported.publications.map((p) => p.url));
  });

  it('publications.csl.json renders through citeproc-js with APA, every title and no TeX', () => {
    const items = cslItemsSchema.parse(JSON.parse(read('publications.csl.json')));
    const lines = renderApa(items);
    expect(lines).toHaveLength(items.length);
    for (const item of items) expect(lines.some((line) => line.includes(item.title))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/\\[a-zA-Z]+|\$/);
    // An author list the sources truncated never reads as complete.
    for (const item of items.filter((item) => JSON.stringify(item.author?.at(-1)) === '{"literal":"others"}')) {
      expect(lines.find((line) => line.includes(item.title))).toMatch(/& others\./);
    }
  });

  it.each(['plain', 'abbrv'])(
    "publications.bib typesets with pdflatex and BibTeX's %s style, without an error or warning",
    (style) => {
      const { problems, bbl } = typesetWithBibtex(read('publications.bib'), style);
      expect(problems).toEqual([]);
      expect(bbl.match(/\\bibitem/g)).toHaveLength(exported.publications.length);
    },
  );

  it('publications.bib typesets with biblatex and Biber, without an error or warning', () => {
    const { problems, bbl } = typesetWithBiber(read('publications.bib'));
    expect(problems).toEqual([]);
    expect(bbl.match(/\\entry\{/g)).toHaveLength(exported.publications.length);
  });

  it('feed.xml is a valid RSS feed of every publication, newest first', () => {
    const channel = expectValidFeed(read('feed.xml'));
    expect(channel.link).toBe(exported.owner.url);
    // News items (content/news/) sit among the papers by date; see about-and-components.test.ts.
    const papers = channel.item.filter((item: { link: string }) => !item.link.includes('/news/#'));
    expect(papers.map((item: { link: string }) => item.link)).toEqual(exported.publications.map((p) => p.url));
  });

  it('embed.js is the bundled component (≤10 KB gzipped) with the data inlined', async () => {
    const code = await bundleEmbedCode();
    const script = read('embed.js');
    expect(script).toContain(code);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
    for (const publication of exported.publications) expect(script).toContain(JSON.stringify(publication.url));
  });
});

/**
 * A site built from an al-folio `papers.bib` (tests/fixtures/bibliographies/): its display fields
 * are honoured on the pages, not only read — `selected` features a paper, `abbr` is a venue badge,
 * `award` shows, `preview` is a thumbnail resized at build, `bibtex_show` folds the BibTeX into the
 * list entry (or removes the link when false), and every al-folio link field is a labelled link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runAxe, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

const bibliography = readFileSync(join(process.cwd(), 'tests/fixtures/bibliographies/al-folio papers of a coastal ecologist.bib'), 'utf8');

describe('a site from an al-folio bibliography', () => {
  let project: ScratchProject;
  let outDir: string;
  let browser: Browser;
  let server: StaticServer;
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  /** The list entry (`<li class="pub…">`) whose title link contains `title`, on the home page. */
  const entry = (html: string, title: string) =>
    [...html.matchAll(/<li class="pub[^"]*">[\s\S]*?<\/li>\s*(?=<li class="pub|<\/ol>)/g)].map((match) => match[0]).find((item) => item.includes(title)) ?? '';

  beforeAll(async () => {
    const thumbnail = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a7' } }).png().toBuffer();
    project = await createScratchProject({
      'content/profile.yaml': 'name: Ingrid Halvorsen\n',
      'content/sources/papers.bib': bibliography,
    });
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(join(project.root, 'content/previews'), { recursive: true });
    await writeFile(join(project.root, 'content/previews/kelp.png'), thumbnail);
    outDir = project.build();
    browser = await launchBrowser();
    server = await serveDirectory(outDir);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await project?.remove();
  });

  it('features the selected papers on the home page', () => {
    const featured = /<section class="featured"[\s\S]*?<\/section>/.exec(read('index.html'))?.[0] ?? '';
    expect(featured).toContain('Kelp Forest Recovery after Marine Heatwaves');
    expect(featured).toContain('Disturbance and Resilience in Temperate Reef Communities');
    expect(featured).not.toContain('Low-Cost Underwater Sensing');
  });

  it('shows the abbr badge, the award and the preview thumbnail beside the entry', () => {
    const kelp = entry(read('index.html'), 'Kelp Forest Recovery');
    expect(kelp).toMatch(/<span class="pub-badge"[^>]*>MEPS<\/span>/);
    expect(kelp).toMatch(/<p class="pub-award"[^>]*>Editor(&#39;|')s Choice<\/p>/);
    // Resized at build into modern formats; decorative beside its title, so its alt text is empty.
    expect(kelp).toMatch(/^<li class="pub pub-with-preview"><picture><source srcset="[^"]*\.avif[^"]*" type="image\/avif"/);
    expect(kelp).toMatch(/<img[^>]*\salt(="")?\s[^>]*class="pub-preview"/);
  });

  it('does not load a remote preview (the site makes no third-party requests)', () => {
    const guide = entry(read('index.html'), 'A Field Guide to North Atlantic Kelp');
    expect(guide).not.toContain('example.org/kelp-guide-cover.jpg');
    expect(guide).not.toContain('<picture>');
  });

  it('folds the BibTeX into the entry for bibtex_show = {true}, and offers none for {false}', () => {
    const html = read('index.html');
    const kelp = entry(html, 'Kelp Forest Recovery');
    expect(kelp).toMatch(/<details class="bibtex-inline"[^>]*>\s*<summary[^>]*>BibTeX<\/summary>[\s\S]*@article\{/);
    const sensing = entry(html, 'Low-Cost Underwater Sensing');
    expect(sensing).not.toContain('BibTeX');
    const guide = entry(html, 'A Field Guide to North Atlantic Kelp');
    expect(guide).toMatch(/type="application\/x-bibtex"[^>]*>\s*BibTeX/);
  });

  it('shows every al-folio link under its label, and the DOI once', () => {
    const kelp = entry(read('index.html'), 'Kelp Forest Recovery');
    const labels = [...kelp.matchAll(/<a href="https?:[^"]*" rel="noopener"[^>]*>\s*([^<]+?)\s*<\/a>/g)].map((match) => match[1]);
    expect(labels).toEqual(['Code', 'DOI', 'Project', 'HTML', 'Slides', 'Video', 'Poster', 'Blog', 'Supplement']);
    expect(kelp.match(/doi\.org\/10\.3354\/meps99901/g)).toHaveLength(1);
  });

  it('writes valid HTML with the badge, award, thumbnail and folded BibTeX, without axe violations, light or dark', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateFile(join(outDir, 'index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, cspViolations, close } = await openPage(browser, `${server.origin}/`, { colorScheme, bypassCSP: true });
      expect({ colorScheme, violations: await runAxe(page) }).toEqual({ colorScheme, violations: [] });
      expect(cspViolations).toEqual([]);
      await close();
    }
  });
});

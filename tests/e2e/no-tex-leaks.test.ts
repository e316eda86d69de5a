/**
 * No TeX outside rendered math: on every paper page, list and topic page, the visible text outside
 * KaTeX (and outside the BibTeX block, which is TeX by design) has no `\command`, no `$` and no tie, and no
 * meta tag, `<title>` or JSON-LD carries either. Checked on the example site and on a site built from
 * a bibliography whose titles and abstracts are full of math.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, serveDirectory, type StaticServer } from '../helpers/browser.ts';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';
import { listFiles } from '../helpers/site-files.ts';

/** A command, a `$`, or a tie ("AlpacaEval~2.0") outside an address (`https://host/~user`). */
const tex = /\\[a-zA-Z]+|\$|(?<!\/\S*)(?<=[\p{L}\p{N}.,;:)\]])~(?=[\p{L}\p{N}([])/u;

/**
 * What a reader sees as text, outside rendered math and the BibTeX block, and every head value, on
 * each page in turn (one browser page for all: a context per page took minutes for a site).
 */
async function texOnPages(browser: Browser, origin: string, paths: readonly string[]): Promise<string[]> {
  const { page, close } = await openPage(browser, `${origin}/`);
  const leaks: string[] = [];
  try {
    for (const path of paths) {
      await page.goto(origin + path);
      const found = await page.evaluate(([pattern, flags]) => {
        const found: string[] = [];
        const check = (where: string, text: string | null | undefined) => {
          if (text && new RegExp(pattern, flags).test(text)) found.push(`${where}: ${text.trim().slice(0, 120)}`);
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.katex, pre, script, style, template, [hidden]')) continue;
          check('text', node.textContent);
        }
        check('title', document.title);
        for (const meta of document.querySelectorAll('meta[content]')) {
          check(`meta ${meta.getAttribute('name') ?? meta.getAttribute('property')}`, meta.getAttribute('content'));
        }
        // JSON-LD's own escapes (`\u003c`) are not TeX: its values are what search engines show.
        const values = (value: unknown): string[] =>
          typeof value === 'string'
            ? [value]
            : value && typeof value === 'object'
              ? Object.values(value).flatMap(values)
              : [];
        for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
          for (const value of values(JSON.parse(script.textContent ?? 'null'))) check('JSON-LD', value);
        }
        return found;
      }, [tex.source, tex.flags] as const);
      leaks.push(...found.map((leak) => `${path} ${leak}`));
    }
  } finally {
    await close();
  }
  return leaks;
}

/** The site's pages: home, list pages, topics and every paper. */
function pagesOf(siteDir: string): string[] {
  return listFiles(siteDir, 'index.html')
    .filter((file) => !file.startsWith('embed/'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

const mathBibliography = String.raw`
@inproceedings{berg2024regret,
  title = {Achieving $\mathcal{O}(\sqrt{T})$ Regret with $\epsilon$-Greedy Bandits},
  author = {Berg, Øystein and Łukasiewicz, Łucja and del Río, Élodie},
  booktitle = {Proceedings of the Invented Conference on Learning},
  year = {2024},
  abstract = {We prove a regret of $O(\sqrt{T \log T})$ when $x<y$ and $\frac{1}{\epsilon} \leq \mathbb{R}^d$ holds.}
}

@article{thorsson2023fjords,
  title = {Sediment Transport in $\alpha$-Stable Fjords},
  author = {Þórsson, Ægir and Roe, Jane},
  journal = {Journal of Invented Geology},
  year = {2023},
  abstract = {Grain sizes follow $p(x) \propto x^{-\alpha}$ with $\alpha \in (1, 2]$.}
}
`;

describe('no TeX outside rendered math', { timeout: 240_000 }, () => {
  let browser: Browser;
  let example: StaticServer;
  let project: ScratchProject;
  let mathSite: StaticServer;
  let mathSiteDir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    example = await serveDirectory(inject('siteDir'));
    project = await createScratchProject({ 'content/sources/math-titles.bib': mathBibliography });
    mathSiteDir = project.build();
    mathSite = await serveDirectory(mathSiteDir);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await example?.close();
    await mathSite?.close();
    await project?.remove();
  });

  it('on the example site', async () => {
    expect(await texOnPages(browser, example.origin, pagesOf(inject('siteDir')))).toEqual([]);
  });

  it('on a site whose titles and abstracts are full of math, which KaTeX renders', async () => {
    const papers = await readdir(join(mathSiteDir, 'publications'), { withFileTypes: true });
    expect(papers.filter((entry) => entry.isDirectory())).toHaveLength(2);
    expect(await texOnPages(browser, mathSite.origin, pagesOf(mathSiteDir))).toEqual([]);
    const { page, close } = await openPage(browser, `${mathSite.origin}/`);
    try {
      expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('and, built without a site address, no export or head tag names a made-up domain', async () => {
    const exports = ['publications.bib', 'publications.csl.json', 'publications.json', 'feed.xml', 'embed.js'];
    for (const file of exports) {
      expect(await readFile(join(mathSiteDir, file), 'utf8'), file).not.toMatch(
        /example\.(org|com|net)|\.invalid|localhost/,
      );
    }
    for (const file of listFiles(mathSiteDir, 'index.html').filter((name) => name.startsWith('publications/'))) {
      const html = await readFile(join(mathSiteDir, file), 'utf8');
      const head = [
        ...html.matchAll(/<meta [^>]*>|<script type="application\/ld\+json">[^<]*|<pre[\s\S]*?<\/pre>/g),
      ].join('\n');
      expect(head, file).not.toMatch(/example\.(org|com|net)|localhost/);
    }
  });
});

/** The link check as Astro runs it after a build: every page of the built folder, one warning per broken link. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLocalLinks } from '../../../src/integrations/check-local-links.ts';

describe('checkLocalLinks', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'local-links-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function write(path: string, text: string) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }

  it('warns about each link, on any page of the build, that names no file of the site', async () => {
    write('index.html', '<a href="/teaching/">Teaching</a> <a href="/files/cv.pdf">CV</a>');
    write('teaching/index.html', '<a href="/files/syllabus.pdf">Syllabus</a> <a href="./week-1.pdf">Week 1</a>');
    write('files/syllabus.pdf', '%PDF');
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
    const integration = checkLocalLinks();
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:done']?.({ config: { base: '/' } });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${root}/`), logger });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^index\.html links to \/files\/cv\.pdf, which the site does not have\. A file to serve belongs in public\//,
      ),
      expect.stringMatching(/^teaching\/index\.html links to \.\/week-1\.pdf, which the site does not have/),
    ]);
  });

  it('reads the pages once they are generated, and judges their links by what the finished build holds', async () => {
    write('index.html', '<a href="/files/cv.pdf">CV</a> <a href="/old-page/">Old</a>');
    write('old-page/index.html', '<a href="/files/gone.pdf">Gone</a>');
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
    const hooks = checkLocalLinks().hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:done']?.({ config: { base: '/' } });
    await hooks['astro:build:generated']?.({ dir: pathToFileURL(`${root}/`), logger });
    // Between the two hooks: another integration writes a file, and the pruning removes a stale page.
    write('files/cv.pdf', '%PDF');
    rmSync(join(root, 'old-page'), { recursive: true });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${root}/`), logger });
    expect(warnings).toEqual([
      expect.stringMatching(/^index\.html links to \/old-page\/, which the site does not have/),
    ]);
  });
});

/**
 * Prints the built CV page (`dist/cv/index.html`) to a PDF with Chromium, as the browser's "Save as
 * PDF" would: the print stylesheet applies, and the page numbers go in the footer.
 *
 * The page is loaded from the files, never from a server: every request to the site's own origin is
 * answered from `dist/` (under the site's base path), and any other is refused, so nothing reaches
 * a third party and nothing needs a free port.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArguments } from './find-chromium.ts';

export type PaperSize = 'A4' | 'Letter';

export interface PrintCvOptions {
  /** The built site. */
  distDir: string;
  /** The site's base path (`/` or `/repo/`), as the build used it. */
  base: string;
  /** Where the PDF goes. */
  out: string;
  paper: PaperSize;
  executablePath: string;
}

const origin = 'http://cv.localhost';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** The file of `dist/` a site URL path names, or undefined outside the base or the folder. */
export function fileForPath(distDir: string, base: string, pathname: string): string | undefined {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(pathname);
  if (!path.startsWith(mount)) return undefined;
  const relativePath = path.slice(mount.length);
  const file = normalize(
    join(distDir, relativePath.endsWith('/') || relativePath === '' ? `${relativePath}index.html` : relativePath),
  );
  return file.startsWith(normalize(distDir)) ? file : undefined;
}

/** Escapes text for the footer template, which Chromium reads as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export async function printCv(options: PrintCvOptions): Promise<void> {
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    args: chromiumArguments,
  });
  try {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === origin ? fileForPath(options.distDir, options.base, url.pathname) : undefined;
      if (!file) return route.abort('blockedbyclient');
      try {
        const body = await readFile(file);
        return route.fulfill({
          status: 200,
          body,
          contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
        });
      } catch {
        return route.fulfill({ status: 404, body: 'Not found' });
      }
    });
    const page = await context.newPage();
    const mount = options.base.endsWith('/') ? options.base : `${options.base}/`;
    await page.goto(`${origin}${mount}cv/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const name = (await page.textContent('h1'))?.trim() ?? '';
    const footer =
      `<div style="font-size:8px;width:100%;padding:0 15mm;color:#555;display:flex;justify-content:space-between;font-family:sans-serif">` +
      `<span>${escapeHtml(name)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
    const temporary = `${options.out}.${process.pid}.tmp`;
    const pdf = await page.pdf({
      format: options.paper,
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
      outline: true,
      tagged: true,
    });
    // Written beside the target and renamed: a reader never sees half a PDF.
    await writeFile(temporary, pdf);
    await rename(temporary, options.out);
  } finally {
    await browser.close();
  }
}

/**
 * The one place browser tests get Chromium and a server from.
 *
 * Tests drive the system's Chromium through playwright-core (which downloads no browser of its own).
 * When no Chromium is found they fail with the instruction to install one; they never skip.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadSiteContent, type SiteContent } from './site-content.ts';
import { chromiumArguments, findChromium } from '../../scripts/find-chromium.ts';

export { findChromium };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArguments });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on loopback as a static host would: `/a/` serves `/a/index.html`, unknown paths get
 * `404.html`. With `mountPath`, the files appear under that path (a GitHub Pages project site).
 */
export async function serveDirectory(
  root: string,
  options: { mountPath?: string; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const mount = options.mountPath ?? '/';
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(mount)) return send404();
    path = '/' + path.slice(mount.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return send404();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        ...options.headers,
      });
      response.end(body);
    } catch {
      return send404();
    }

    async function send404() {
      const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** Browser permissions, e.g. `['clipboard-read', 'clipboard-write']`. */
  permissions?: string[];
  /** Lets tests inject scripts (axe-core) into pages whose CSP would refuse them. */
  bypassCSP?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every Content-Security-Policy violation the page reported. */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * A fresh context and page. CSP violations are collected (the site should never cause one), and
 * requests to anywhere but loopback are refused: the site must not depend on third parties.
 */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: new URL(url).origin });
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
      cspViolations.push(message.text());
  });
  await page.goto(url);
  return { page, context, cspViolations, close: () => context.close() };
}

/** Runs axe-core on the page as it is now; returns the violations (none is the goal). */
export async function runAxe(
  page: Page,
): Promise<{ id: string; impact: string | null | undefined; targets: string[] }[]> {
  const axe = await import('axe-core');
  await page.evaluate(axe.default.source);
  const results = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    return runner.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[];
}

/** What a browser test of the built example site works with; set once the file's tests start. */
export interface BuiltSite {
  browser: Browser;
  server: StaticServer;
  content: SiteContent;
}

/**
 * Opens Chromium and serves this run's build of the example site for the tests of the calling
 * file, and closes both afterwards. Call it at the top of a `describe`.
 */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.content = loadSiteContent();
    site.browser = await launchBrowser();
    site.server = await serveDirectory(inject('siteDir'));
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import {
  createIngestScheduler,
  ingestOnChange,
  isSourceDocumentPath,
  type IngestRun,
} from '../../../src/integrations/ingest-on-change.ts';

const sources = '/site/content/sources';

describe('isSourceDocumentPath', () => {
  const cases: [string, boolean][] = [
    [`${sources}/arxiv-2406.13629.xml`, true],
    [`${sources}/nested/papers.bib`, true],
    [`${sources}/.arxiv-2406.13629.xml.123.1700000000.tmp`, false],
    [`${sources}/.DS_Store`, false],
    [`${sources}/papers.bib~`, false],
    [`${sources}/.git/config`, false],
    [sources, false],
    ['/site/content/publications/instructrag.mdx', false],
    ['/site/content/sources-old/a.txt', false],
  ];
  it.each(cases)('%s → %s', (path, expected) => {
    expect(isSourceDocumentPath(path, sources)).toBe(expected);
  });
});

describe('createIngestScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns a burst of changes into one run, after the changes go quiet', async () => {
    const run = vi.fn(async () => {});
    const scheduler = createIngestScheduler({ debounceMs: 300, run });
    scheduler.request('b.bib');
    await vi.advanceTimersByTimeAsync(200);
    scheduler.request('a.xml');
    scheduler.request('b.bib');
    await vi.advanceTimersByTimeAsync(299);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run.mock.calls).toEqual([[['a.xml', 'b.bib']]]);
  });

  it('never overlaps runs: changes during a run cause exactly one more run after it', async () => {
    let finish = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const scheduler = createIngestScheduler({ debounceMs: 100, run });
    scheduler.request('a.xml');
    await vi.advanceTimersByTimeAsync(100);
    scheduler.request('b.xml');
    scheduler.request('c.xml');
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledOnce();
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(run.mock.calls).toEqual([[['a.xml']], [['b.xml', 'c.xml']]]);
  });

  it('keeps going after a failed run, and stops when disposed', async () => {
    const run = vi.fn(async () => {
      throw new Error('boom');
    });
    const scheduler = createIngestScheduler({ debounceMs: 10, run });
    scheduler.request('a.xml');
    await vi.advanceTimersByTimeAsync(10);
    scheduler.request('b.xml');
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.request('c.xml');
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

/** Like Astro's logger, its methods need `this`: calling one unbound must fail the test. */
class RecordingLogger {
  readonly lines: [level: string, text: string][] = [];
  info(text: string) {
    this.lines.push(['info', text]);
  }
  warn(text: string) {
    this.lines.push(['warn', text]);
  }
  error(text: string) {
    this.lines.push(['error', text]);
  }
}

describe('ingestOnChange', () => {
  const report: IngestReport = {
    owner: { name: 'Zhepei Wei', source: 'profile.txt' },
    documents: [],
    publications: { kept: [], created: ['instructrag'], updated: [], unchanged: ['other'], deleted: [], total: 2 },
    merges: [],
    skipped: [],
    keptEdits: [],
    topics: { added: [], total: 0 },
    diagnostics: [
      { level: 'warning', file: 'arxiv-2406.13629.xml', line: 3, message: 'something about the new document' },
      { level: 'warning', file: 'old.txt', message: 'seen many times before' },
    ],
  };

  it('watches content/sources/, re-runs the ingest on a change, logs the summary and reloads the browser', async () => {
    const root = '/site';
    const runIngest = vi.fn(async (): Promise<IngestRun> => ({ ok: true, report, output: '' }));
    const integration = ingestOnChange({ debounceMs: 5, runIngest });
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const server = { watcher, ws: { send: vi.fn() }, httpServer: new EventEmitter() };
    const logger = new RecordingLogger();
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({ config: { root: pathToFileURL(`${root}/`) } });
    hooks['astro:server:setup']?.({ server, logger });

    expect(watcher.add.mock.calls[0]?.[0]).toContain(join(root, 'content/sources'));
    watcher.emit('change', join(root, 'content/publications/instructrag.mdx'));
    watcher.emit('add', join(root, 'content/sources/arxiv-2406.13629.xml'));
    await vi.waitFor(() => expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' }));

    expect(runIngest).toHaveBeenCalledExactlyOnceWith(root);
    expect(logger.lines).toEqual([
      ['info', 'arxiv-2406.13629.xml changed: running the ingest…'],
      ['info', expect.stringMatching(/^Ingest done in \d+\.\d s: 2 publications \(1 created\)\.$/)],
      // Only what concerns the changed document: the rest was reported when it changed.
      ['warn', 'warning: arxiv-2406.13629.xml:3 something about the new document'],
    ]);
    server.httpServer.emit('close');
  });

  it('re-runs the ingest when profile.yaml or topics.yaml changes, which decide what it writes', async () => {
    const runIngest = vi.fn(async (): Promise<IngestRun> => ({ ok: true, report, output: '' }));
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const server = { watcher, ws: { send: vi.fn() }, httpServer: null };
    const hooks = ingestOnChange({ debounceMs: 5, runIngest }).hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({ config: { root: pathToFileURL('/site/') } });
    hooks['astro:server:setup']?.({ server, logger: new RecordingLogger() });
    expect(watcher.add.mock.calls[0]?.[0]).toEqual(
      expect.arrayContaining(['/site/content/profile.yaml', '/site/content/topics.yaml']),
    );
    watcher.emit('change', '/site/content/topics.yaml');
    await vi.waitFor(() => expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' }));
    expect(runIngest).toHaveBeenCalledExactlyOnceWith('/site');
  });

  it('reloads, with every server module evaluated afresh, when about.mdx, cv.json or an own page changes', () => {
    const runIngest = vi.fn(async (): Promise<IngestRun> => ({ ok: true, report, output: '' }));
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const ssr = { moduleGraph: { invalidateAll: vi.fn() }, runner: { evaluatedModules: { clear: vi.fn() } } };
    const server = { watcher, ws: { send: vi.fn() }, httpServer: null, environments: { ssr } };
    const logger = new RecordingLogger();
    const hooks = ingestOnChange({ debounceMs: 5, runIngest }).hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({ config: { root: pathToFileURL('/site/') } });
    hooks['astro:server:setup']?.({ server, logger });
    for (const file of ['content/about.mdx', 'content/cv.json', 'content/pages/teaching.mdx'])
      watcher.emit('change', `/site/${file}`);
    watcher.emit('change', '/site/content/pages/.teaching.mdx.swp');
    expect(server.ws.send).toHaveBeenCalledTimes(3);
    expect(ssr.moduleGraph.invalidateAll).toHaveBeenCalledTimes(3);
    expect(ssr.runner.evaluatedModules.clear).toHaveBeenCalledTimes(3);
    expect(logger.lines.map(([, text]) => text)).toEqual([
      'content/about.mdx changed: reloading.',
      'content/cv.json changed: reloading.',
      'content/pages/teaching.mdx changed: reloading.',
    ]);
    expect(runIngest).not.toHaveBeenCalled();
  });

  it('reports a failed run and does not reload', async () => {
    const runIngest = vi.fn(async (): Promise<IngestRun> => ({ ok: false, output: 'TypeError: oops\n' }));
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const server = { watcher, ws: { send: vi.fn() }, httpServer: null };
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const hooks = ingestOnChange({ debounceMs: 5, runIngest }).hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({ config: { root: pathToFileURL('/site/') } });
    hooks['astro:server:setup']?.({ server, logger });
    watcher.emit('unlink', '/site/content/sources/papers.bib');
    await vi.waitFor(() =>
      expect(logger.error).toHaveBeenCalledWith(
        'The ingest failed; the site shows the previous publications.\nTypeError: oops',
      ),
    );
    expect(server.ws.send).not.toHaveBeenCalled();
  });
});

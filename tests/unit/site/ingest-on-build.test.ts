import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import { ingestOnBuild } from '../../../src/integrations/ingest-on-build.ts';
import type { IngestRun } from '../../../src/integrations/ingest-on-change.ts';
import { announceIngest, ingestFinished } from '../../../src/lib/ingest-in-progress.ts';

type Hook = (options: unknown) => void;

/** Runs the integration's setup hook as `astro <command>` would. */
function setUp(command: string, runIngest: () => Promise<IngestRun>) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const hooks = ingestOnBuild({ runIngest }).hooks as Record<string, Hook>;
  hooks['astro:config:setup']?.({ command, config: { root: pathToFileURL('/site/') }, logger });
  return logger;
}

/** An ingest that finishes only when the test says so. */
function pendingIngest() {
  let finish: (run: IngestRun) => void = () => undefined;
  const runIngest = vi.fn(() => new Promise<IngestRun>((resolve) => (finish = resolve)));
  return { runIngest, finish: (run: IngestRun) => finish(run) };
}

describe('the ingest of `astro build`', () => {
  it('starts when the build starts, and the collection waits until it is done', async () => {
    const { runIngest, finish } = pendingIngest();
    const logger = setUp('build', runIngest);
    expect(runIngest).toHaveBeenCalledExactlyOnceWith('/site/');

    let done = false;
    const waiting = ingestFinished().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);

    finish({ ok: true, report: {} as IngestReport, output: 'Publications: 3\n' });
    await waiting;
    expect(logger.info).toHaveBeenCalledWith('Publications: 3');
  });

  it('stops the build with the ingest’s output when it fails', async () => {
    const { runIngest, finish } = pendingIngest();
    setUp('build', runIngest);
    finish({ ok: false, output: 'TypeError: oops\n' });
    await expect(ingestFinished()).rejects.toThrow('The ingest failed:\nTypeError: oops');
  });

  it('does not run in `astro dev`, where the ingest runs when a document changes', async () => {
    announceIngest(Promise.resolve());
    const { runIngest } = pendingIngest();
    setUp('dev', runIngest);
    expect(runIngest).not.toHaveBeenCalled();
    await expect(ingestFinished()).resolves.toBeUndefined();
  });
});

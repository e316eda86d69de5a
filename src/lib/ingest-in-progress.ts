/**
 * Where `astro build` waits for its ingest. The ingest runs alongside Astro's own start-up
 * (src/integrations/ingest-on-build.ts); the collection's loader and the social cards wait here
 * before they read `content/publications/`. Outside a build nothing is announced, and nothing waits.
 *
 * The promise lives on `globalThis` because the integration and the loader are loaded by different
 * module graphs in one process (the config's, and the content layer's).
 */
const key = Symbol.for('research-profile.ingest-in-progress');
const shared = globalThis as { [key]?: Promise<void> };

export function announceIngest(run: Promise<void>): void {
  // Nobody may be waiting yet; the rejection is reported to whoever awaits it, not as unhandled.
  run.catch(() => undefined);
  shared[key] = run;
}

/** Resolves when the announced ingest has written the collection; rejects if it failed. */
export function ingestFinished(): Promise<void> {
  return shared[key] ?? Promise.resolve();
}

/**
 * `npm run ingest`: turns the documents in `content/sources/` into the publication collection.
 * Prints the summary; exits 1 only when the ingest itself fails, not for a bad document (those are
 * reported, and the other documents are processed as usual).
 */
import module from 'node:module';

// Node keeps the compiled code of the ingest's libraries between runs, as `astro` does for its own:
// loading them is about a quarter of a 1,000-paper ingest otherwise. The imports below are dynamic
// because static ones would load before this line runs.
module.enableCompileCache?.();
const { contentPaths } = await import('../src/lib/content-paths.ts');
const { formatReport } = await import('./ingest/report.ts');
const { runIngest } = await import('./ingest/run.ts');

try {
  const report = await runIngest({ root: process.cwd() });
  console.log(formatReport(report));
  console.log(`\nReport written to ${contentPaths.report}`);
} catch (error) {
  console.error(`The ingest failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}

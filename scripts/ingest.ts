/**
 * `npm run ingest`: turns the documents in `content/sources/` into the publication collection.
 * Prints the summary; exits 1 only when the ingest itself fails, not for a bad document (those are
 * reported, and the other documents are processed as usual).
 */
import { contentPaths } from '../src/lib/content-paths.ts';
import { describeFailure } from '../src/lib/failure-message.ts';
import { formatReport } from '../src/lib/ingest-report.ts';
import { runIngest } from './ingest/run.ts';

try {
  const report = await runIngest({ root: process.cwd() });
  console.log(formatReport(report));
  console.log(`\nReport written to ${contentPaths.report}`);
} catch (error) {
  console.error(`The ingest failed: ${describeFailure(error, process.cwd())}`);
  process.exitCode = 1;
}

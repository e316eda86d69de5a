/**
 * `npm run bench`: builds synthetic profiles of several sizes and measures the ingest, clean and warm
 * builds, adding one paper, memory, output sizes and search latency. Prints a table and writes
 * `.bench/results.json` and `.bench/results.md`. See docs/performance.md.
 *
 *   npm run bench -- --sizes 100,1000 --runs 3 --ingest-sizes 1000,5000,10000 --search-rounds 5
 *
 * First, every format's reader is timed on a generated document of `--reader-mb` megabytes (4 by
 * default; 0 skips it) against a time budget: see `bench/reader-scaling.ts`.
 * `--topic-sizes 100,1000,10000` (the default; "" skips them): the topic stage alone, on the invented
 * researchers of `tests/fixtures/topics/` and on synthetic profiles of these sizes, with how the
 * taxonomy reads (see `scripts/ingest/topics/quality.ts`).
 *
 * Also `--seed N` (another synthetic profile; default 1), `--rss-method proc-poll` (the /proc
 * fallback even where GNU time exists, to check one against the other) and `--folder PATH` (build
 * the profiles there, on another disk or a RAM disk, instead of in `.bench/`). The built profiles
 * stay in `<folder>/profile-<N>/` afterwards, to look at or to profile by hand; the results are
 * always written to `.bench/`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArguments } from '../src/integrations/ingest-on-change.ts';
import {
  addedDocumentName,
  addedPaperDocument,
  cleanProfile,
  emptyTrash,
  makeProfile,
  usesOwnAstroCache,
} from './bench/project.ts';
import { defaultRssMethod, measureCommand, type RssMethod } from './bench/measure.ts';
import {
  astroPhases,
  buildCpuMs,
  buildMs,
  buildPeak,
  checkTargets,
  median,
  renderMarkdown,
  type Build,
  type Step,
  type IngestScaling,
  type Results,
  type SizeResult,
} from './bench/report.ts';
import { measureLinkage } from './bench/linkage.ts';
import { measureReaders, renderReaderTable } from './bench/reader-scaling.ts';
import { measureSearchLatency } from './bench/search-latency.ts';
import { fixtureResearchers, measureTopics, syntheticTopicInputs, type TopicRun } from './bench/topic-quality.ts';
import { distSize, homePageSize, searchIndexGzipBytes } from './bench/sizes.ts';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'ingest-sizes': { type: 'string', default: '1000,5000,10000' },
    'topic-sizes': { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string' },
    'search-rounds': { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'rss-method': { type: 'string' },
    folder: { type: 'string' },
    'reader-mb': { type: 'string', default: '4' },
  },
});
const list = (text: string) => text.split(',').filter(Boolean).map(Number);
const sizes = list(options.sizes);
const ingestSizes = list(options['ingest-sizes']);
const topicSizes = list(options['topic-sizes']);
const seed = Number(options.seed);
const searchRounds = Number(options['search-rounds']);
const rssMethod = (options['rss-method'] ?? defaultRssMethod()) as RssMethod;
if (rssMethod !== 'gnu-time' && rssMethod !== 'proc-poll') throw new Error('--rss-method is gnu-time or proc-poll.');
/** Builds of 10,000 take minutes, so they run once unless asked; smaller ones three times. */
const runsFor = (count: number) => (options.runs ? Number(options.runs) : count <= 1000 ? 3 : 1);

if (Number(process.versions.node.split('.')[0]) < 24) {
  throw new Error(
    `The benchmark needs the project's Node 24 (this is ${process.version}): run it as \`npm run bench\`.`,
  );
}
const repoRoot = process.cwd();
const resultsRoot = join(repoRoot, '.bench');
const benchRoot = options.folder ? resolve(options.folder) : resultsRoot;
await mkdir(benchRoot, { recursive: true });
await mkdir(resultsRoot, { recursive: true });
/** The file system type and mount of the profiles' folder, as `df` reports it. */
const fileSystem = (() => {
  try {
    const [, line = ''] = execFileSync('df', ['-T', benchRoot], { encoding: 'utf8' }).trim().split('\n');
    const [device, type] = line.split(/\s+/);
    return `${type ?? 'unknown'} on ${device ?? 'unknown'}`;
  } catch {
    return 'unknown';
  }
})();
// The builds get no site or base from the caller's environment, and send no telemetry.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env['BASE_PATH'];
delete env['SITE_URL'];

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function run(folder: string, args: string[]) {
  return measureCommand(process.execPath, args, { cwd: folder, env, rssMethod });
}

/** Checks that the ingest found exactly the publications the synthetic profile holds. */
async function checkCollection(folder: string, expected: number): Promise<void> {
  const files = (await readdir(join(folder, 'content', 'publications'))).filter((name) => name.endsWith('.mdx'));
  const report = JSON.parse(await readFile(join(folder, 'content', 'generated', 'ingest-report.json'), 'utf8')) as {
    publications: { total: number };
  };
  if (files.length !== expected || report.publications.total !== expected) {
    throw new Error(
      `The ingest of ${folder} made ${files.length} files (report: ${report.publications.total}) where the synthetic profile has ${expected} publications.`,
    );
  }
}

/** The ingest alone (`npm run ingest`). */
async function ingest(folder: string, expected: number): Promise<Step> {
  const { ms, cpuMs, peakRssBytes } = await run(folder, ingestArguments);
  await checkCollection(folder, expected);
  return { ms, cpuMs, peakRssBytes };
}

/** A full build (`npm run build`): `astro build`, which runs the ingest itself. */
async function build(folder: string, expected: number): Promise<Build> {
  const step = await run(folder, ['node_modules/astro/bin/astro.mjs', 'build']);
  await checkCollection(folder, expected);
  return {
    full: { ms: step.ms, cpuMs: step.cpuMs, peakRssBytes: step.peakRssBytes },
    astroPhases: astroPhases(step.output),
  };
}

const describe = (build: Build) =>
  `${(buildMs(build) / 1000).toFixed(2)} s, CPU ${(buildCpuMs(build) / 1000).toFixed(2)} s, peak ${(buildPeak(build) / 1e6).toFixed(0)} MB`;

async function benchSize(count: number): Promise<SizeResult> {
  const loadBefore = loadavg();
  const folder = await makeProfile(repoRoot, benchRoot, `profile-${count}`, count, seed);
  const samples: SizeResult['samples'] = { ingest: [], clean: [], warm: [], addOnePaper: [] };
  let astroCacheInProfile = true;
  const added = join(folder, 'content', 'sources', addedDocumentName);
  const topicsFile = join(folder, 'content', 'topics.yaml');
  for (let index = 0; index < runsFor(count); index++) {
    await rm(added, { force: true });
    await cleanProfile(folder);
    samples.ingest.push(await ingest(folder, count));
    log(`${count} run ${index + 1}: ingest alone ${((samples.ingest.at(-1)?.ms ?? 0) / 1000).toFixed(2)} s`);
    await cleanProfile(folder);
    samples.clean.push(await build(folder, count));
    astroCacheInProfile &&= usesOwnAstroCache(folder);
    log(`${count} run ${index + 1}: clean ${describe(samples.clean.at(-1) as Build)}`);
    samples.warm.push(await build(folder, count));
    log(`${count} run ${index + 1}: warm ${describe(samples.warm.at(-1) as Build)}`);
    const topicsBefore = await readFile(topicsFile, 'utf8');
    await writeFile(added, addedPaperDocument());
    samples.addOnePaper.push(await build(folder, count + 1));
    log(`${count} run ${index + 1}: +1 paper ${describe(samples.addOnePaper.at(-1) as Build)}`);
    // The taxonomy only ever grows: a topic derived for the added paper would outlive it.
    await rm(added);
    await writeFile(topicsFile, topicsBefore);
  }
  // Back to exactly the clean build's `count` publications and topics, for the size and search measurements.
  await build(folder, count);
  if (!astroCacheInProfile)
    console.warn(`WARNING: Astro wrote no node_modules/.astro in ${folder}: clean builds may have used another cache.`);

  const dist = join(folder, 'dist');
  const search = searchRounds > 0 ? await measureSearchLatency(dist, searchRounds) : null;
  const all = [...samples.clean, ...samples.warm, ...samples.addOnePaper].map((item) => item.full);
  return {
    publications: count,
    runs: runsFor(count),
    ingestMs: median(samples.ingest.map((item) => item.ms)),
    cleanBuildMs: median(samples.clean.map(buildMs)),
    warmBuildMs: median(samples.warm.map(buildMs)),
    addOnePaperMs: median(samples.addOnePaper.map(buildMs)),
    cpuMs: {
      ingest: median(samples.ingest.map((item) => item.cpuMs)),
      cleanBuild: median(samples.clean.map(buildCpuMs)),
      warmBuild: median(samples.warm.map(buildCpuMs)),
      addOnePaper: median(samples.addOnePaper.map(buildCpuMs)),
    },
    peakRssBytes: Math.max(...[...all, ...samples.ingest].map((step) => step.peakRssBytes)),
    dist: await distSize(dist),
    homePage: await homePageSize(dist),
    searchIndexGzipBytes: await searchIndexGzipBytes(dist),
    search,
    astroCacheInProfile,
    loadAverage: { before: loadBefore, after: loadavg() },
    samples,
  };
}

/** The ingest alone, from an empty collection each time: does its time grow linearly? */
async function benchIngest(count: number): Promise<IngestScaling> {
  // A folder of its own, so the built profiles stay as they are, to inspect or to profile.
  const folder = await makeProfile(repoRoot, benchRoot, `ingest-${count}`, count, seed);
  const runs = options.runs ? Number(options.runs) : 3;
  const steps = [];
  for (let index = 0; index < runs; index++) {
    await cleanProfile(folder);
    steps.push(await ingest(folder, count));
    log(
      `ingest ${count} run ${index + 1}: ${((steps.at(-1)?.ms ?? 0) / 1000).toFixed(2)} s, CPU ${((steps.at(-1)?.cpuMs ?? 0) / 1000).toFixed(2)} s`,
    );
  }
  return {
    publications: count,
    runs,
    medianMs: median(steps.map((step) => step.ms)),
    medianCpuMs: median(steps.map((step) => step.cpuMs)),
    peakRssBytes: Math.max(...steps.map((step) => step.peakRssBytes)),
    samplesMs: steps.map((step) => step.ms),
  };
}

const loadBefore = uptime();
log(`sizes ${sizes.join(', ')}; ingest sizes ${ingestSizes.join(', ')}; peak RSS by ${rssMethod}; ${loadBefore}`);
const sizeResults: SizeResult[] = [];
const scaling: IngestScaling[] = [];
// Cheap and build-free, so it runs first, on every bench.
const linkage = measureLinkage();
log(`record linkage: ${linkage.pairs} labelled pairs, precision ${linkage.precision.toFixed(4)}, recall ${linkage.recall.toFixed(4)}`);
const topicRuns: TopicRun[] = [];

/** Written after every size, so that a long run stopped halfway still leaves what it measured. */
async function writeResults(): Promise<string> {
  const results: Results = {
    date: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      platform: `${process.platform} ${process.arch}`,
    },
    rssMethod,
    folder: { path: benchRoot, fileSystem },
    load: { before: loadBefore, after: uptime() },
    seed,
    sizes: sizeResults,
    ingestScaling: scaling,
    linkage,
    targets: checkTargets(sizeResults, scaling, linkage),
    topics: topicRuns,
  };
  const markdown = renderMarkdown(results);
  await writeFile(join(resultsRoot, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(resultsRoot, 'results.md'), markdown);
  return markdown;
}

const readerMegabytes = Number(options['reader-mb']);
if (readerMegabytes > 0) {
  const timings = measureReaders({ fixtures: join(repoRoot, 'tests/fixtures/ingest/formats'), megabytes: readerMegabytes });
  await writeFile(join(resultsRoot, 'readers.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log(`\nReaders on generated ${readerMegabytes} MB documents:\n${renderReaderTable(timings)}\n`);
  const slow = timings.filter((timing) => !timing.withinBudget);
  if (slow.length > 0) {
    console.error(`Over budget: ${slow.map((timing) => `${timing.format} (${timing.shape})`).join(', ')}.`);
    process.exitCode = 1;
  }
}

// Outputs of an earlier, interrupted run; this run's are deleted when it is done (see cleanProfile).
await emptyTrash(benchRoot);
// The topic stage first: it takes seconds, and says at once whether the taxonomy reads well.
for (const [name, papers] of fixtureResearchers(join(repoRoot, 'tests', 'fixtures', 'topics'))) {
  topicRuns.push(measureTopics(name, papers));
}
for (const count of topicSizes) {
  topicRuns.push(measureTopics(`synthetic ${count.toLocaleString('en')}`, syntheticTopicInputs(count, seed)));
  log(`topics ${count}: ${(topicRuns.at(-1)?.ms ?? 0).toFixed(0)} ms, ${topicRuns.at(-1)?.quality.topics} topics`);
}
await writeResults();
for (const count of sizes) {
  sizeResults.push(await benchSize(count));
  await writeResults();
}
for (const count of ingestSizes) {
  scaling.push(await benchIngest(count));
  await writeResults();
}
const markdown = await writeResults();
await emptyTrash(benchRoot);
console.log(`\n${markdown}\nWritten to ${resolve(resultsRoot, 'results.json')} and results.md.`);

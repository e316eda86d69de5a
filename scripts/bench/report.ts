/**
 * The benchmark's results: their shape, the targets they are checked against, and the tables
 * printed to the terminal and written to `.bench/results.md` (which docs/performance.md quotes).
 *
 * Units are decimal (1 KB = 1,000 bytes, 1 MB = 10^6, 1 GB = 10^9), the stricter reading of
 * each target. Timings are medians over the runs; peak RSS is the largest over the runs.
 */
import type { TopicRun } from './topic-quality.ts';
import type { RssMethod } from './measure.ts';
import type { SearchLatency } from './search-latency.ts';
import type { DistSize, HomePageSize } from './sizes.ts';

export interface Step {
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
}

export interface Build {
  /** `astro build`, which runs the ingest alongside its own start-up, as `npm run build` does. */
  full: Step;
  /** Seconds per phase as Astro itself logs them (see astroPhases). */
  astroPhases: Record<string, number>;
}

export interface SizeResult {
  publications: number;
  runs: number;
  /**
   * Medians over the runs, in ms: wall time, and CPU time (user + system) beside it. `ingest` is
   * the ingest alone into an empty collection, run before each clean build.
   */
  ingestMs: number;
  cleanBuildMs: number;
  warmBuildMs: number;
  addOnePaperMs: number;
  cpuMs: { ingest: number; cleanBuild: number; warmBuild: number; addOnePaper: number };
  /** Largest over every step of every run. */
  peakRssBytes: number;
  dist: DistSize;
  homePage: HomePageSize;
  searchIndexGzipBytes: number;
  search: SearchLatency | null;
  /** Astro wrote `node_modules/.astro` inside the profile (so clean builds were really clean). */
  astroCacheInProfile: boolean;
  loadAverage: { before: number[]; after: number[] };
  samples: { ingest: Step[]; clean: Build[]; warm: Build[]; addOnePaper: Build[] };
}

export interface IngestScaling {
  publications: number;
  runs: number;
  medianMs: number;
  medianCpuMs: number;
  peakRssBytes: number;
  samplesMs: number[];
}

export interface Target {
  what: string;
  publications: number;
  measured: number | null;
  limit: number;
  unit: 's' | 'ms' | 'KB' | 'GB' | 'ratio';
  met: boolean | null;
}

export interface Results {
  date: string;
  node: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; platform: string };
  rssMethod: RssMethod;
  /** Where the profiles were built, and that folder's file system (`df -T`), which weighs on every step. */
  folder: { path: string; fileSystem: string };
  /** `uptime` before and after, and the 1/5/15-minute load averages. */
  load: { before: string; after: string };
  seed: number;
  sizes: SizeResult[];
  ingestScaling: IngestScaling[];
  /** Pair precision and recall of record linkage on tests/fixtures/linkage/ (`linkage.ts`). */
  linkage?: LinkageResult;
  /** The topic stage alone, on the invented researchers and the synthetic profiles (`topic-quality.ts`). */
  topics?: TopicRun[];
  targets: Target[];
}

export interface LinkageResult {
  pairs: number;
  positives: number;
  hardNegatives: number;
  precision: number;
  recall: number;
  mistakes: string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const buildMs = (build: Build): number => build.full.ms;
export const buildCpuMs = (build: Build): number => build.full.cpuMs;
export const buildPeak = (build: Build): number => build.full.peakRssBytes;

/**
 * Astro's own phase timings, from its log: where a build's time goes without a profiler.
 * `static-build` covers bundling and `generate`; `pages` is Astro's whole build; the rest of the
 * wall time is Node start-up and loading the config.
 */
export function astroPhases(log: string): Record<string, number> {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro writes "850ms", "4.38s" or "1m 18s".
  const duration = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
  const seconds = (match: RegExpExecArray | null | undefined) => {
    const value = /^(?:(\d+)m\s*)?([\d.]+)(m?s)$/.exec(match?.[1] ?? '');
    return value ? Number(value[1] ?? 0) * 60 + Number(value[2]) / (value[3] === 'ms' ? 1000 : 1) : undefined;
  };
  const phases: Record<string, number | undefined> = {
    types: seconds(new RegExp(String.raw`\[types\] Generated ${duration}`).exec(text)),
    collect: seconds(new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*?Completed in ${duration}`).exec(text)),
    bundle: [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g'))].reduce(
      (sum, match) => sum + (seconds(match) ?? 0),
      0,
    ),
    generate: seconds(new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${duration}`).exec(text)),
    'static-build': seconds(
      [...text.matchAll(new RegExp(String.raw`\[build\] ✓ Completed in ${duration}`, 'g'))].at(-1),
    ),
    pages: seconds(new RegExp(String.raw`page\(s\) built in ${duration}`).exec(text)),
  };
  return Object.fromEntries(
    Object.entries(phases).flatMap(([phase, value]) =>
      value === undefined ? [] : [[phase, Math.round(value * 1000) / 1000]],
    ),
  );
}

/** The issue's targets, checked against whichever sizes were run (null when a size was not). */
export function checkTargets(sizes: readonly SizeResult[], scaling: readonly IngestScaling[], linkage?: LinkageResult): Target[] {
  const at = (count: number) => sizes.find((size) => size.publications === count);
  const ingestAt = (count: number) =>
    at(count)?.ingestMs ?? scaling.find((item) => item.publications === count)?.medianMs;
  const target = (
    what: string,
    publications: number,
    measured: number | undefined,
    limit: number,
    unit: Target['unit'],
  ): Target => ({
    what,
    publications,
    measured: measured ?? null,
    limit,
    unit,
    met: measured === undefined ? null : measured <= limit,
  });
  /** A floor rather than a ceiling: precision and recall must reach their limit. */
  const atLeast = (what: string, measured: number | undefined, limit: number): Target => ({
    what,
    publications: linkage?.pairs ?? 0,
    measured: measured ?? null,
    limit,
    unit: 'ratio',
    met: measured === undefined ? null : measured >= limit,
  });
  const s = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
  const kb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 1000);
  const gb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 1e9);
  return [
    target('clean full build', 1000, s(at(1000)?.cleanBuildMs), 12, 's'),
    target('warm full build', 1000, s(at(1000)?.warmBuildMs), 8, 's'),
    target('ingest', 1000, s(ingestAt(1000)), 1, 's'),
    target('peak RSS', 1000, gb(at(1000)?.peakRssBytes), 1.5, 'GB'),
    target('search p95', 1000, at(1000)?.search?.p95Ms, 16, 'ms'),
    target('search index, gzipped', 1000, kb(at(1000)?.searchIndexGzipBytes), 100, 'KB'),
    target('home page, gzipped', 100, kb(at(100)?.homePage.gzipBytes), 50, 'KB'),
    target('clean full build', 10000, s(at(10000)?.cleanBuildMs), 120, 's'),
    target('peak RSS', 10000, gb(at(10000)?.peakRssBytes), 4, 'GB'),
    target('ingest', 10000, s(ingestAt(10000)), 10, 's'),
    target('search p95', 10000, at(10000)?.search?.p95Ms, 50, 'ms'),
    target('home page, gzipped', 10000, kb(at(10000)?.homePage.gzipBytes), 300, 'KB'),
    atLeast('linkage pair precision', linkage?.precision, 0.995),
    atLeast('linkage pair recall', linkage?.recall, 0.98),
  ];
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(0);
const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(1));

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The results as markdown: the main table, ingest scaling, targets, and the machine they ran on. */
/** The topic stage's table: time, topics against the range that reads well, single-paper topics, flagged labels. */
function topicTable(runs: readonly TopicRun[]): string {
  return table(
    ['Papers of', 'Papers', 'Topic stage ms (CPU ms)', 'Topics (range)', 'Single-paper topics', 'Largest topic', 'Flagged labels'],
    runs.map((run) => [
      run.name,
      run.quality.papers.toLocaleString('en'),
      `${run.ms.toFixed(0)} (${run.cpuMs.toFixed(0)})`,
      `${run.quality.topics} (${run.quality.range[0]}–${run.quality.range[1]})`,
      `${run.quality.singlePaperTopics} (${Math.round((100 * run.quality.singlePaperTopics) / Math.max(1, run.quality.topics))}%)`,
      `${Math.round(run.quality.largestShare * 100)}%`,
      run.quality.flagged.length === 0 ? 'none' : run.quality.flagged.map((flag) => `${flag.label}: ${flag.reasons.join('; ')}`).join('<br>'),
    ]),
  );
}

export function renderMarkdown(results: Results): string {
  const main = table(
    [
      'Publications',
      'Ingest s',
      'Clean build s',
      'Warm build s',
      '+1 paper s',
      'Peak RSS MB',
      'dist MB (files)',
      'Home KB gz',
      'Index KB gz',
      'Search p50 / p95 ms',
      'Index ready ms',
    ],
    results.sizes.map((size) => [
      size.publications.toLocaleString('en'),
      `${seconds(size.ingestMs)} (${seconds(size.cpuMs.ingest)})`,
      `${seconds(size.cleanBuildMs)} (${seconds(size.cpuMs.cleanBuild)})`,
      `${seconds(size.warmBuildMs)} (${seconds(size.cpuMs.warmBuild)})`,
      `${seconds(size.addOnePaperMs)} (${seconds(size.cpuMs.addOnePaper)})`,
      megabytes(size.peakRssBytes),
      `${megabytes(size.dist.bytes)} (${size.dist.files.toLocaleString('en')})`,
      kilobytes(size.homePage.gzipBytes),
      kilobytes(size.searchIndexGzipBytes),
      size.search ? `${ms(size.search.p50Ms)} / ${ms(size.search.p95Ms)}` : '–',
      size.search ? ms(size.search.indexReadyMs) : '–',
    ]),
  );
  const smallest = results.ingestScaling[0];
  const scaling = table(
    [
      'Publications',
      'Ingest s (CPU s)',
      'CPU ms per publication',
      'CPU time ÷ smallest',
      'Size ÷ smallest',
      'Peak RSS MB',
    ],
    results.ingestScaling.map((item) => [
      item.publications.toLocaleString('en'),
      `${seconds(item.medianMs)} (${seconds(item.medianCpuMs)})`,
      (item.medianCpuMs / item.publications).toFixed(2),
      smallest ? (item.medianCpuMs / smallest.medianCpuMs).toFixed(1) : '–',
      smallest ? (item.publications / smallest.publications).toFixed(1) : '–',
      megabytes(item.peakRssBytes),
    ]),
  );
  const targets = table(
    ['Target', 'Publications', 'Measured', 'Limit', 'Met'],
    results.targets.map((item) => [
      item.what,
      item.publications.toLocaleString('en'),
      item.measured === null ? 'not run' : item.unit === 'ratio' ? item.measured.toFixed(4) : `${item.measured.toFixed(item.unit === 'GB' ? 2 : 1)} ${item.unit}`,
      `${item.limit} ${item.unit}`,
      item.met === null ? '–' : item.met ? 'yes' : '**no**',
    ]),
  );
  const runs = results.sizes.map((size) => `${size.publications.toLocaleString('en')}: ${size.runs}`).join(', ');
  return [
    main,
    '',
    `Times are wall seconds with CPU seconds (user + system) in brackets, medians. Runs per size: ${runs}. Search: ${results.sizes[0]?.search?.queries ?? 0} queries × ${results.sizes[0]?.search?.rounds ?? 0} page loads per size; ` +
      'p50 / p95 from the input event to the results in the DOM.',
    '',
    'Ingest alone, clean (no previous collection):',
    '',
    scaling,
    '',
    ...(results.linkage
      ? [
          `Record linkage on tests/fixtures/linkage/: ${results.linkage.pairs} labelled pairs (${results.linkage.positives} of one work, ` +
            `${results.linkage.hardNegatives} hard negatives); pair precision ${results.linkage.precision.toFixed(4)}, recall ${results.linkage.recall.toFixed(4)}.` +
            (results.linkage.mistakes.length > 0 ? ` Wrong pairs: ${results.linkage.mistakes.join('; ')}.` : ''),
          '',
        ]
      : []),
    ...(results.topics && results.topics.length > 0
      ? ['Topic stage alone (in one process, the part-of-speech model loaded by the first row):', '', topicTable(results.topics), '']
      : []),
    targets,
    '',
    `Node ${results.node} on ${results.machine.cpus} × ${results.machine.cpuModel}, ${(results.machine.memoryBytes / 1e9).toFixed(1)} GB RAM; ` +
      `peak RSS by ${results.rssMethod === 'gnu-time' ? '`/usr/bin/time -f %M`' : 'polling /proc VmHWM every 50 ms'}. ` +
      `Profiles in \`${results.folder.path}\` (${results.folder.fileSystem}). ` +
      `Load before: \`${results.load.before}\`; after: \`${results.load.after}\`. ${results.date}.`,
    '',
  ].join('\n');
}

/**
 * Every reader is linear in its input: each format's parser is timed on a generated document of a
 * few megabytes and on one four times smaller, in two shapes: many papers on many lines, and the
 * same text as a single line (the shape that made the arXiv-stream reader quadratic: a 10 MB line
 * took over five minutes). A reader passes when its time per byte on the large document is at most
 * `slack` (2.5) times that on the small one (a quadratic reader shows 4), and it stays within 5 s a
 * megabyte (BibTeX, the slowest, takes about 4 s a megabyte on a busy two-core machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFormats } from '../ingest/formats/index.ts';
import type { DocumentFormat } from '../ingest/model.ts';
import { readDocuments } from '../ingest/stages/read-documents.ts';

export interface ReaderTiming {
  format: string;
  shape: 'many lines' | 'one line';
  megabytes: number;
  smallMs: number;
  largeMs: number;
  /** Time per byte, large over small: about 1 when linear, about 4 when quadratic. */
  growth: number;
  withinBudget: boolean;
}

/**
 * A format's documents: its fixtures under `tests/fixtures/ingest/formats/<format>/`, or under
 * `tests/fixtures/<format>/` for a format with a folder of its own (the arXiv API's Atom feeds).
 */
function samples(fixtures: string, format: string): string[] {
  for (const folder of [join(fixtures, format), join(fixtures, '..', '..', format)]) {
    try {
      const names = readdirSync(folder).filter((name) => !name.endsWith('.md')).sort();
      if (names.length > 0) return names.map((name) => readFileSync(join(folder, name), 'utf8'));
    } catch {
      // Not this folder.
    }
  }
  return [];
}

/**
 * About `bytes` of the sample repeated whole, papers kept apart by blank lines. A feed (XML) is one
 * document, so its entries are repeated inside it instead.
 */
function grow(sample: string, bytes: number, oneLine: boolean): string {
  const flat = (text: string) => (oneLine ? text.replace(/\s*\n\s*/g, ' ') : text);
  const feed = /^([\s\S]*?)(<entry>[\s\S]*<\/entry>)([\s\S]*)$/.exec(sample);
  if (feed) {
    const [, head = '', entries = '', tail = ''] = feed;
    const unit = `${flat(entries)}${oneLine ? ' ' : '\n'}`;
    return `${flat(head)}${unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)))}${flat(tail)}`;
  }
  const unit = oneLine ? `${flat(sample).trim()} ` : `${sample.trim()}\n\n`;
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

function timeRead(text: string, format: DocumentFormat): number {
  const bytes = new TextEncoder().encode(text);
  const started = performance.now();
  readDocuments([{ name: 'generated.txt', bytes }], [format]);
  return performance.now() - started;
}

export function measureReaders(options: { fixtures: string; megabytes: number; slack?: number; msPerMegabyte?: number }): ReaderTiming[] {
  const { fixtures, megabytes, slack = 2.5, msPerMegabyte = 5000 } = options;
  const timings: ReaderTiming[] = [];
  for (const format of documentFormats) {
    // The first fixture in name order that the format itself detects.
    const sample = samples(fixtures, format.name).find((text) => format.detect(text.replace(/\r\n?/g, '\n')));
    if (!sample) continue;
    // Warm up: the first call loads the parser (BibTeX's alone takes seconds to load).
    timeRead(sample, format);
    for (const shape of ['many lines', 'one line'] as const) {
      const large = grow(sample, megabytes * 1e6, shape === 'one line');
      const small = grow(sample, (megabytes * 1e6) / 4, shape === 'one line');
      const smallMs = Math.max(timeRead(small, format), 1);
      const largeMs = timeRead(large, format);
      const growth = (largeMs / large.length) / (smallMs / small.length);
      timings.push({
        format: format.name,
        shape,
        megabytes,
        smallMs,
        largeMs,
        growth,
        withinBudget: growth <= slack && largeMs <= msPerMegabyte * megabytes,
      });
    }
  }
  return timings;
}

export function renderReaderTable(timings: readonly ReaderTiming[]): string {
  const rows = timings.map(
    (timing) =>
      `| ${timing.format} | ${timing.shape} | ${timing.megabytes} MB | ${timing.largeMs.toFixed(0)} ms | ${timing.growth.toFixed(2)} | ${timing.withinBudget ? 'yes' : '**no**'} |`,
  );
  return ['| Reader | Shape | Size | Time | Growth (1 = linear) | Within budget |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

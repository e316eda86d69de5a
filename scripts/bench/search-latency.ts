/**
 * Search latency as a reader feels it, in headless Chromium against the built site.
 *
 * Everything is timed inside the page with `performance.now()`, so no browser-protocol round trip
 * is counted. Per query: set the input's value, dispatch an `input` event, and stop when a
 * MutationObserver on `[data-search-results]` sees the results change. The search client
 * (src/client/search/search-ui.ts) searches in the input event itself, so this is the whole wait
 * from the keystroke to the updated list: the search and building the list.
 *
 * The first focus downloads the search code and index and builds the engine; that is reported
 * once per page load as `indexReadyMs` (focus → first results) and kept out of the latencies.
 * Each round loads the page afresh, so the engine's per-word cache starts empty every round.
 */
import { launchBrowser, serveDirectory } from '../../tests/helpers/browser.ts';

/**
 * Words from the synthetic titles and abstracts (see synthetic-profile.ts), typo'd words, author
 * names and multi-word queries, short and long. Fixed, so runs compare.
 */
export const searchQueries = [
  'federated',
  'radiance fields',
  'message passing',
  'causal inference',
  'oversmoothing',
  'Quillfeather',
  'Okafor',
  'protein folding',
  'speech recognition streaming',
  'differential privacy budgets',
  'federatd lerning',
  'radience',
  'protien structure',
  'oversmothing graph',
  'contrastive',
  'hierarchical latent',
  'robust program synthesis',
  'time series forecasting seasonal',
  'tactile sensing grasp',
  'climate downscaling',
];

const warmUpQuery = 'neural rendering';

export interface SearchLatency {
  queries: number;
  rounds: number;
  /** Input event → results in the DOM, over every query of every round. */
  p50Ms: number;
  p95Ms: number;
  /** Median over rounds of focus → first results (search code + index download, engine set-up, one search). */
  indexReadyMs: number;
  /** Median over rounds of the index download alone (Resource Timing). */
  indexFetchMs: number;
  /** Results shown per query in the last round, to see that the queries find something. */
  resultCounts: Record<string, number>;
  /** Median latency per query over the rounds: which queries are slow. */
  perQueryMs: Record<string, number>;
}

interface RoundResult {
  indexReadyMs: number;
  indexFetchMs: number;
  latencies: number[];
  counts: number[];
}

export async function measureSearchLatency(
  dist: string,
  rounds = 5,
  queries: readonly string[] = searchQueries,
): Promise<SearchLatency> {
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  try {
    const results: RoundResult[] = [];
    for (let round = 0; round < rounds; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.origin}/`);
      results.push(await page.evaluate(runRound, { queries: [...queries], warmUpQuery }));
      await page.close();
    }
    const last = results.at(-1) as RoundResult;
    return {
      queries: queries.length,
      rounds,
      p50Ms: percentile(
        results.flatMap((round) => round.latencies),
        50,
      ),
      p95Ms: percentile(
        results.flatMap((round) => round.latencies),
        95,
      ),
      indexReadyMs: percentile(
        results.map((round) => round.indexReadyMs),
        50,
      ),
      indexFetchMs: percentile(
        results.map((round) => round.indexFetchMs),
        50,
      ),
      resultCounts: Object.fromEntries(queries.map((query, index) => [query, last.counts[index] ?? 0])),
      perQueryMs: Object.fromEntries(
        queries.map((query, index) => [
          query,
          percentile(
            results.map((round) => round.latencies[index] ?? Number.NaN),
            50,
          ),
        ]),
      ),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs in the page (serialised by Playwright): keep it self-contained. */
async function runRound({ queries, warmUpQuery }: { queries: string[]; warmUpQuery: string }): Promise<RoundResult> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  if (!input || !results || !form) throw new Error('The home page has no search box or no [data-search-results].');

  // Resolves at the first change inside the results; run() toggles `hidden` even when the list stays empty.
  const nextChange = (timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`No search results appeared within ${timeoutMs} ms.`));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(at);
      });
      observer.observe(results, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  // Warm-up: with a value already in the box, the search code runs it as soon as the index is ready.
  input.value = warmUpQuery;
  const ready = nextChange(60_000);
  const focusedAt = performance.now();
  input.focus();
  const indexReadyMs = (await ready) - focusedAt;
  const indexUrl = new URL(form.dataset['indexUrl'] ?? '', location.href).href;
  const entry = performance.getEntriesByName(indexUrl)[0] as PerformanceResourceTiming | undefined;

  const latencies: number[] = [];
  const counts: number[] = [];
  for (const query of queries) {
    // Back to the empty box, as between two searches, and let a frame pass so nothing is pending.
    input.value = '';
    const cleared = nextChange(5_000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await cleared;
    await frame();

    const changed = nextChange(5_000);
    const startedAt = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    latencies.push((await changed) - startedAt);
    counts.push(results.querySelectorAll('a').length);
  }
  return { indexReadyMs, indexFetchMs: entry ? entry.responseEnd - entry.startTime : Number.NaN, latencies, counts };
}

/**
 * The search box, once the reader has focused it: downloads the index, searches as they type,
 * shows ranked results in `[data-search-results]` in place of the full list, keeps the query in
 * the URL (`?q=…&topic=…`) so a search can be shared, and announces the count to screen readers.
 */
import type { SearchPayload, SearchRow } from '../../lib/search-payload.ts';
import { venueLine } from '../../lib/venue-line.ts';
import { createSearchEngine, type SearchEngine, type SearchHit } from './engine.ts';

/** Results past this many are counted but not drawn; nobody reads result 300. */
const maxShown = 100;
/**
 * What can wait for a pause in typing: screen readers hear the count then, not on every keystroke,
 * and the address is updated then (see `syncUrl`).
 */
const typingPauseMs = 350;

interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  topic: HTMLSelectElement | null;
  status: HTMLElement;
  results: HTMLElement;
  list: HTMLOListElement;
  /** The featured and full lists, hidden while results are shown. */
  browse: HTMLElement[];
}

function findElements(form: HTMLFormElement): SearchElements | null {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const list = results?.querySelector('ol');
  if (!input || !status || !results || !list) return null;
  return {
    form,
    input,
    topic: form.querySelector<HTMLSelectElement>('select[name="topic"]'),
    status,
    results,
    list,
    browse: [...document.querySelectorAll<HTMLElement>('[data-search-hide]')],
  };
}

async function loadEngine(url: string): Promise<SearchEngine> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The search index did not load (${response.status}).`);
  const payload = (await response.json()) as SearchPayload;
  if (payload.version !== 2) throw new Error('The search index has an unknown format.');
  return createSearchEngine(payload);
}

function describeRow([, , authors, venue, year]: SearchRow): string {
  const names = authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', ');
  return [names, venueLine(venue || undefined, year)].filter(Boolean).join(' · ');
}

function renderResults(elements: SearchElements, hits: readonly SearchHit[], paperUrl: (slug: string) => string): void {
  const items = hits.slice(0, maxShown).map(({ slug, row }) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = paperUrl(slug);
    // The index holds the title as readable text already (`O(√T)`, not TeX).
    link.textContent = row[1];
    const details = document.createElement('p');
    details.textContent = describeRow(row);
    item.append(link, details);
    return item;
  });
  elements.list.replaceChildren(...items);
}

function countText(count: number, query: string, topicLabel: string | undefined): string {
  const what = count === 0 ? 'No publications' : count === 1 ? '1 publication' : `${count} publications`;
  const scope = [query ? `match “${query}”` : 'found', topicLabel ? `in ${topicLabel}` : ''].filter(Boolean).join(' ');
  const shown = count > maxShown ? ` Showing the best ${maxShown}.` : '';
  return `${what} ${scope}.${shown}`;
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const elements = findElements(form);
  if (!elements) return;
  const { input, topic, status, results, list, browse } = elements;
  const paperTemplate = form.dataset['paperUrl'] ?? '';
  const paperUrl = (slug: string) => paperTemplate.replace('SLUG', slug);

  let engine: SearchEngine;
  try {
    engine = await loadEngine(form.dataset['indexUrl'] ?? '');
  } catch (error) {
    status.textContent = `Search is unavailable: ${(error as Error).message} Every publication is listed below.`;
    return;
  }
  const topicLabels = new Map(engine.topics);

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (status.textContent = text), typingPauseMs);
  };

  // The address follows the search once typing pauses, not on every keystroke: an update took half
  // a millisecond, a tenth of a keystroke's search, and Safari refuses more than 100 in 30 seconds.
  let pendingUrl: URL | undefined;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  function syncUrl(query: string, topicSlug: string) {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (topicSlug) url.searchParams.set('topic', topicSlug);
    else url.searchParams.delete('topic');
    pendingUrl = url;
    clearTimeout(urlTimer);
    urlTimer = setTimeout(flushUrl, typingPauseMs);
  }
  function flushUrl() {
    clearTimeout(urlTimer);
    const url = pendingUrl;
    pendingUrl = undefined;
    if (!url || url.href === location.href) return;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // Refused (Safari's limit): the address keeps the previous search, and searching goes on.
    }
  }
  // Leaving the page before the pause still leaves the search in the address, for the Back button.
  list.addEventListener('click', flushUrl);
  addEventListener('pagehide', flushUrl);

  function run() {
    const query = input.value.trim();
    const topicSlug = topic?.value ?? '';
    syncUrl(query, topicSlug);
    const searching = query !== '' || topicSlug !== '';
    results.hidden = !searching;
    for (const section of browse) section.hidden = searching;
    if (!searching) {
      list.replaceChildren();
      announce('');
      return;
    }
    const hits = engine.search(query, { topic: topicSlug || undefined });
    renderResults(elements!, hits, paperUrl);
    announce(countText(hits.length, query, topicLabels.get(topicSlug)));
  }

  const links = () => [...list.querySelectorAll('a')];
  // Each keystroke searches at once: a search takes a few milliseconds, and deferring it to the next
  // animation frame (to coalesce keystrokes) added up to a whole frame before the results showed.
  input.addEventListener('input', run);
  topic?.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !results.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      run();
    }
  });
  // Arrow keys move between results; Escape goes back to the box. Tab works as everywhere.
  list.addEventListener('keydown', (event) => {
    const all = links();
    const current = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  // A shared link (`?q=…&topic=…`) opens with its search done.
  const params = new URLSearchParams(location.search);
  const sharedQuery = params.get('q');
  const sharedTopic = params.get('topic');
  if (sharedQuery && !input.value) input.value = sharedQuery;
  if (sharedTopic && topic && [...topic.options].some((option) => option.value === sharedTopic))
    topic.value = sharedTopic;
  if (input.value || topic?.value) run();
}

/**
 * The only script the home page runs before anyone searches: it waits for the first focus of the
 * search box (or a shared `?q=` / `?topic=` link) and only then loads the search code and index.
 */

export function installSearchLoader(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input) return;

  let started: Promise<void> | undefined;
  const start = () => (started ??= import('./search-ui.ts').then((ui) => ui.startSearch(form)));

  form.addEventListener('focusin', start, { once: true });
  // Until the search code takes over, submitting must not reload the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start();
  });
  const params = new URLSearchParams(location.search);
  if (params.get('q') || params.get('topic')) void start();

  // "/" focuses the search box, as on many sites, unless the reader is typing somewhere.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}

/**
 * "Sort by citations" in place. Without script the link opens `/publications/by-citations/`; with
 * it, on a list that fits one page, a button re-sorts the entries already on the page (their
 * `data-citations`), and sorts them back by date, without loading anything.
 */

export function installCitationSort(): void {
  const section = document.querySelector<HTMLElement>('[data-citation-sort]');
  const link = section?.querySelector<HTMLAnchorElement>('[data-citation-sort-link]');
  if (!section || !link) return;
  const entries = [...section.querySelectorAll<HTMLLIElement>('.year-group li.pub')];
  const homes = entries.map((entry) => entry.parentElement as HTMLElement);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = 'Sort by citations';
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  link.replaceWith(button, status);

  let sorted: HTMLElement | undefined;
  const hideByYear = (hidden: boolean) => {
    for (const element of section.querySelectorAll<HTMLElement>('.year-group, .year-nav')) element.hidden = hidden;
  };
  button.addEventListener('click', () => {
    if (sorted) {
      // Back where each came from, in the order they came in.
      entries.forEach((entry, index) => homes[index]?.append(entry));
      sorted.remove();
      sorted = undefined;
      hideByYear(false);
      button.textContent = 'Sort by citations';
      status.textContent = 'Sorted by date, newest first.';
      return;
    }
    // The entries' titles sit one level below the year headings, which are hidden now: a heading
    // of that level keeps the outline whole.
    const yearHeading = section.querySelector('.year-heading');
    const heading = document.createElement(yearHeading?.tagName ?? 'h3');
    heading.className = 'visually-hidden';
    heading.textContent = 'Most cited first';
    const list = document.createElement('ol');
    list.className = 'pub-list';
    const count = (entry: HTMLElement) => Number(entry.dataset['citations'] ?? 0);
    // Array sort is stable: equal counts keep their date order.
    list.append(...[...entries].sort((a, b) => count(b) - count(a)));
    sorted = document.createElement('div');
    sorted.dataset['citationOrder'] = '';
    sorted.append(heading, list);
    [...section.querySelectorAll('.year-group')].at(-1)?.after(sorted);
    hideByYear(true);
    button.textContent = 'Sort by date';
    status.textContent = 'Sorted by citations, most cited first.';
  });
}

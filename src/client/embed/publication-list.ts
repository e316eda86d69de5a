/**
 * `<publication-list>`: the publication list as a framework-free custom element.
 *
 * Everything from the data is put in the page with `textContent`, never as HTML, and only http(s)
 * URLs become links: the data comes from documents we do not control, and the element runs inside
 * other people's pages. Light-DOM children (the no-JavaScript fallback link) are not slotted, so
 * they disappear once the element renders.
 */
import type { EmbedData, EmbedItem } from './data.ts';
import { attributeNames, readOptions, type ListOptions } from './options.ts';
import { selectItems, shortenAuthors } from './select.ts';
import { styles } from './styles.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  part?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

function isHttp(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** An `<a>` when the URL is http(s), plain text otherwise. */
function link(href: string, part: string, text: string, options: ListOptions): HTMLElement {
  if (!isHttp(href)) return element('span', part, text);
  const anchor = element('a', part, text);
  anchor.href = href;
  if (options.linkTarget) {
    anchor.target = options.linkTarget;
    anchor.rel = 'noopener';
  }
  return anchor;
}

function renderItem(item: EmbedItem, options: ListOptions): HTMLLIElement {
  const entry = element('li', 'item');
  entry.append(link(item.u, 'title', item.t, options));

  const authors = element('span', 'authors');
  shortenAuthors(item.a, options.highlightOwner ? item.o : []).forEach((token, index) => {
    if (index > 0) authors.append(', ');
    if ('gap' in token) authors.append(`… ${token.gap} more`);
    else authors.append(token.owner ? element('strong', 'owner', token.name) : token.name);
  });
  if (item.e) authors.append(item.a.length > 0 ? ', et al.' : 'et al.');
  entry.append(authors);

  const meta = element('span', 'meta');
  if (item.v) meta.append(element('span', 'venue', item.v));
  // The year is the group's heading when grouping; repeating it on every line is noise.
  if (item.y !== undefined && !options.groupByYear)
    meta.append(item.v ? ', ' : '', element('span', 'year-label', String(item.y)));
  if (meta.childNodes.length > 0) entry.append(meta);

  // A label without its link would be noise, so unsafe links are dropped rather than shown as text.
  const safeLinks = item.l.filter(([, href]) => isHttp(href));
  if (safeLinks.length > 0) {
    const links = element('span', 'links');
    for (const [label, href] of safeLinks) links.append(link(href, 'link', label, options), ' ');
    entry.append(links);
  }
  return entry;
}

let sharedSheet: CSSStyleSheet | undefined;

/**
 * A constructed stylesheet, shared by every list on the page. Unlike a `<style>` element it is not
 * blocked by a host page's Content-Security-Policy without `'unsafe-inline'` styles. Browsers before
 * 2023 (Safari < 16.4) lack it and get a `<style>` element instead.
 */
function adoptStyles(root: ShadowRoot): boolean {
  if (!('adoptedStyleSheets' in root) || !('replaceSync' in CSSStyleSheet.prototype)) return false;
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(styles);
  }
  root.adoptedStyleSheets = [sharedSheet];
  return true;
}

export function definePublicationList(data: EmbedData): void {
  class PublicationList extends HTMLElement {
    static observedAttributes = attributeNames;

    connectedCallback(): void {
      this.render();
    }

    attributeChangedCallback(): void {
      if (this.shadowRoot) this.render();
    }

    render(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const options = readOptions((name) => this.getAttribute(name));
      // The default theme is `inherit`; reflecting it lets the `:host([theme=…])` rules stay simple.
      if (!this.hasAttribute('theme')) this.setAttribute('theme', options.theme);
      const { groups, matched } = selectItems(data, options);
      const content: Node[] = [];
      if (!adoptStyles(root)) {
        const style = element('style');
        style.textContent = styles;
        content.push(style);
      }

      for (const group of groups) {
        const list = element('ul', 'list');
        list.setAttribute('role', 'list');
        list.append(...group.items.map((item) => renderItem(item, options)));
        if (options.groupByYear) {
          const section = element('section', 'group');
          section.append(element('h3', 'year', group.year === null ? 'Undated' : String(group.year)), list);
          content.push(section);
        } else {
          content.push(list);
        }
      }
      if (matched === 0) content.push(element('p', 'empty', 'No publications match.'));
      const moreText = data.owner ? `All publications of ${data.owner}` : 'All publications';
      content.push(link(data.home, 'more', `${moreText} →`, options));
      root.replaceChildren(...content);
    }
  }
  if (typeof customElements !== 'undefined' && !customElements.get('publication-list')) {
    customElements.define('publication-list', PublicationList);
  }
}

/**
 * The `/embed/` page, meant for an `<iframe>`: copies the query parameters onto the
 * `<publication-list>` element (same names as its attributes), loads `embed.js`, and tells the
 * parent page its height whenever it changes, so the parent can size the iframe:
 *
 *   parent.postMessage({ type: 'publication-list:height', height: <CSS pixels> }, '*')
 *
 * The height is not secret, so it is posted to any origin; parents should check `event.source`.
 */
import { attributeNames } from './options.ts';

export const heightMessageType = 'publication-list:height';

const list = document.querySelector('publication-list');
if (list) {
  const params = new URLSearchParams(location.search);
  for (const name of attributeNames) {
    const value = params.get(name);
    if (value !== null) list.setAttribute(name, value);
  }
  // Attributes first, then the component, so it renders once with the right options.
  const script = document.createElement('script');
  script.src = list.getAttribute('data-embed-src') ?? '../embed.js';
  document.body.append(script);
}

if (window.parent !== window) {
  let lastHeight = -1;
  const postHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: heightMessageType, height }, '*');
  };
  new ResizeObserver(postHeight).observe(document.documentElement);
  addEventListener('load', postHeight);
}

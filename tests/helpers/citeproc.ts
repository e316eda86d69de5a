/**
 * Rendering CSL-JSON through citeproc-js (via citation-js, which ships the APA style and the en-US
 * locale), as Zotero and Pandoc would print it.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** One APA reference per item, as plain text, in the order citeproc sorts them. */
export function renderApa(items: readonly object[]): string[] {
  const text = new Cite([...items]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  return String(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

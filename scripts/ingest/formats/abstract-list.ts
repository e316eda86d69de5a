/** An `Abstract:` list: each entry is an abstract prefixed with `Abstract:`, with no ids and no titles. */
import { codeLinksFrom } from '../extract/code-links.ts';
import { lineLocator } from '../extract/text.ts';
import type { DocumentFormat, SourceRecord } from '../model.ts';

const entryStart = /^[ \t]*Abstract:[ \t]*/gim;

export const abstractList: DocumentFormat = {
  name: 'abstract-list',
  label: '`Abstract:` list',
  detect: (text) => /^[ \t]*Abstract:[ \t]*\S/im.test(text),
  parse(document) {
    const { text, name } = document;
    const lineOf = lineLocator(text);
    const starts = [...text.matchAll(entryStart)];
    const records = starts.flatMap((start, index): SourceRecord[] => {
      const bodyStart = start.index + start[0].length;
      const abstract = text
        .slice(bodyStart, starts[index + 1]?.index ?? text.length)
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n');
      if (!abstract) return [];
      const code = codeLinksFrom(abstract)[0];
      return [{ source: name, line: lineOf(start.index), authority: 'listing', abstract, ...(code ? { links: { code } } : {}) }];
    });
    return { subject: { kind: 'unspecified' }, records };
  },
};

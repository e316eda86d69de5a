/**
 * A DBLP person page as XML (`https://dblp.org/pid/{pid}.xml`, https://dblp.org/faq/How+can+I+fetch+all+publications+of+one+specific+author.html):
 * `<dblpperson name="…" pid="…">`, then one `<r>` per publication holding an `<article>`,
 * `<inproceedings>`, `<incollection>`, `<book>` or `<phdthesis>` with `<author>`s, `<title>`
 * (ending in a full stop, with `<i>`/`<sub>` markup), `<year>`, `<journal>` or `<booktitle>`,
 * `<volume>`, `<number>`, `<pages>` and `<ee>` links (DOIs, arXiv). arXiv preprints are
 * `<article publtype="informal">` in the journal `CoRR`. Homonyms carry a number ("Jan Berg 0002").
 * (DBLP's BibTeX export is read by the BibTeX format.)
 */
import { createRequire } from 'node:module';
import type { XMLParser } from 'fast-xml-parser';
import { parseArxivId } from '../extract/arxiv-id.ts';
import { field, text } from '../extract/json-document.ts';
import { collapseWhitespace, lineLocator } from '../extract/text.ts';
import type { DocumentFormat, PublicationType, SourceRecord } from '../model.ts';

const recordKinds: Record<string, PublicationType> = {
  article: 'article',
  inproceedings: 'conference',
  incollection: 'chapter',
  book: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
};

let parser: XMLParser | undefined;
function xml(): XMLParser {
  const { XMLParser: Parser } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
  return (parser ??= new Parser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    htmlEntities: true,
    // Titles keep their markup as text, so `<i>` never splits one into pieces.
    stopNodes: ['*.title'],
    isArray: (name: string) => ['r', 'author', 'ee', 'editor'].includes(name),
  }));
}

export const dblpPerson: DocumentFormat = {
  name: 'dblp-person',
  label: 'DBLP person page (XML)',
  detect: (source) => /^\s*(?:<\?xml[^>]*\?>\s*)?<dblpperson\b/.test(source),
  parse(document) {
    const { XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
    const validity = XMLValidator.validate(document.text);
    if (validity !== true) {
      return {
        subject: { kind: 'unspecified' },
        records: [],
        diagnostics: [{ level: 'error', file: document.name, line: validity.err.line, message: `looks like a DBLP person page but is not well-formed XML: ${validity.err.msg}` }],
      };
    }
    const person = field(xml().parse(document.text), 'dblpperson');
    const name = text(field(person, '@name'));
    const lineOf = lineLocator(document.text);
    const starts = [...document.text.matchAll(/<r>/g)].map((match) => lineOf(match.index));
    const entries = field(person, 'r');
    const records = (Array.isArray(entries) ? entries : []).flatMap((entry, index): SourceRecord[] => {
      const [kind, publication] = Object.entries(entry as Record<string, unknown>)[0] ?? [];
      const record = kind ? recordOf(kind, publication, document.name, starts[index] ?? 1) : undefined;
      return record ? [record] : [];
    });
    return { subject: name ? { kind: 'person', name: withoutHomonymNumber(name) } : { kind: 'unspecified' }, records };
  },
};

function recordOf(kind: string, publication: unknown, source: string, line: number): SourceRecord | undefined {
  const title = plainTitle(text(field(publication, 'title')) ?? '');
  // `<proceedings>` and `<data>` are volumes the person edited and data sets: not their papers.
  if (!title || !(kind in recordKinds)) return undefined;
  const record: SourceRecord = { source, line, authority: 'bibliography', title };
  const authors = field(publication, 'author');
  const names = (Array.isArray(authors) ? authors : []).flatMap((author) => {
    const name = text(typeof author === 'string' ? author : field(author, '#text'));
    return name ? [withoutHomonymNumber(name)] : [];
  });
  if (names.length > 0) record.authors = names;
  const year = text(field(publication, 'year'));
  if (year && /^\d{4}$/.test(year)) record.date = { value: year, kind: 'bibliography' };
  const links = field(publication, 'ee');
  let arxiv: string | undefined;
  for (const link of Array.isArray(links) ? links : []) {
    const url = text(typeof link === 'string' ? link : field(link, '#text')) ?? '';
    const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i.exec(url)?.[1]?.toLowerCase();
    if (doi?.startsWith('10.48550/arxiv.')) arxiv ??= parseArxivId(doi.slice('10.48550/arxiv.'.length));
    else if (doi) record.doi ??= doi;
    else if (/arxiv\.org\/abs\//i.test(url)) arxiv ??= parseArxivId(url);
  }
  const journal = text(field(publication, 'journal'));
  const informal = field(publication, '@publtype') === 'informal';
  if (informal && journal === 'CoRR') arxiv ??= parseArxivId(text(field(publication, 'volume')) ?? '');
  if (arxiv) record.arxiv = arxiv;
  if (informal && journal === 'CoRR') {
    record.type = 'preprint';
    return record;
  }
  const venue = journal ?? text(field(publication, 'booktitle')) ?? text(field(publication, 'school'));
  if (venue) record.venue = collapseWhitespace(venue);
  const type = recordKinds[kind];
  if (type) record.type = type;
  const volume = text(field(publication, 'volume'));
  const issue = text(field(publication, 'number'));
  const pages = text(field(publication, 'pages'));
  if (volume) record.volume = volume;
  if (issue) record.issue = issue;
  if (pages) record.pages = pages;
  return record;
}

/** "Jan Berg 0002" → "Jan Berg": DBLP numbers people who share a name. */
function withoutHomonymNumber(name: string): string {
  return name.replace(/\s+\d{4}$/, '');
}

/** A title with DBLP's markup and closing full stop removed, entities decoded. */
function plainTitle(raw: string): string {
  const decoded = raw
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
  return collapseWhitespace(decoded).replace(/(?<!\.\.)\.$/, '');
}

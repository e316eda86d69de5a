/**
 * The arXiv API's Atom feed, read into plain values. Knows the XML and nothing of publications: the
 * format (`../arxiv-atom.ts`) turns entries into records, and `npm run add` uses the same reading to
 * check a response before saving it, so whatever the add command saves, the ingest can read.
 *
 * Shape of a response (https://info.arxiv.org/help/api/user-manual.html):
 *   <feed xmlns="http://www.w3.org/2005/Atom"> <opensearch:totalResults>1</…>
 *     <entry> <id>http://arxiv.org/abs/2401.01234v2</id> <published>…</published> <title>…</title>
 *       <summary>…</summary> <author><name>…</name><arxiv:affiliation>…</…></author>…
 *       <arxiv:comment>…</…> <arxiv:journal_ref>…</…> <arxiv:doi>…</…>
 *       <link title="pdf" href="http://arxiv.org/pdf/2401.01234v2"/> <arxiv:primary_category term="cs.CL"/>
 * An error is reported as an entry whose id is `http://arxiv.org/api/errors#…`, its summary the reason.
 */
import { createRequire } from 'node:module';
import type { XMLParser } from 'fast-xml-parser';
import { collapseWhitespace, lineLocator } from '../../extract/text.ts';

export interface ArxivAuthor {
  name: string;
  affiliations: string[];
}

/** One paper as the feed gives it. Text is whitespace-collapsed (titles and abstracts arrive wrapped). */
export interface ArxivEntry {
  /** The 1-based line of `<entry>`, for messages. */
  line: number;
  /** The entry's `<id>`: the abstract page of one version, `http://arxiv.org/abs/2401.01234v2`. */
  id: string;
  title: string;
  summary: string;
  /** ISO timestamp of the first version. */
  published: string;
  authors: ArxivAuthor[];
  comment?: string;
  journalRef?: string;
  doi?: string;
  primaryCategory?: string;
}

/** The API's way of saying no: `incorrect id format for 1234.5678`. */
export interface ArxivApiError {
  line: number;
  id: string;
  message: string;
}

export interface ArxivFeed {
  /** `opensearch:totalResults`, when the feed states it. */
  totalResults?: number;
  entries: ArxivEntry[];
  errors: ArxivApiError[];
}

export type FeedReading = { ok: true; feed: ArxivFeed } | { ok: false; message: string; line?: number };

/**
 * The root is an Atom `<feed>` (after an optional XML declaration and comments) and the document
 * points at arXiv. Anchoring at the root keeps HTML pages that merely link an Atom feed out.
 */
const atomFeedRoot =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w-]+:)?feed\b[^>]*\bxmlns(?::[\w-]+)?\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/;
const arxivMarker = /https?:\/\/(?:export\.)?arxiv\.org\/(?:abs\/|api\/|schemas\/atom)/;

export function isArxivAtomFeed(text: string): boolean {
  return atomFeedRoot.test(text) && arxivMarker.test(text);
}

const apiErrorId = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors\b/;

/**
 * The XML library, loaded when the first feed is read: most ingests have no feed, and loading it
 * with the rest took 30 ms of every ingest.
 */
let xmlLibrary: { parser: XMLParser; validator: typeof import('fast-xml-parser').XMLValidator } | undefined;

function xml() {
  if (xmlLibrary) return xmlLibrary;
  const { XMLParser, XMLValidator } = createRequire(import.meta.url)(
    'fast-xml-parser',
  ) as typeof import('fast-xml-parser');
  xmlLibrary = { parser: new XMLParser(parserOptions), validator: XMLValidator };
  return xmlLibrary;
}

const parserOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // `arxiv:comment` → `comment`: a response may bind the arXiv namespace to any prefix.
  removeNSPrefix: true,
  // Titles such as "1984" must stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name: string) => ['entry', 'author', 'affiliation', 'link', 'category'].includes(name),
};

export function readArxivFeed(text: string): FeedReading {
  // The parser is lenient: a truncated download parses into a feed with half an entry. Validating
  // first catches that, with a line number. (XMLValidator is deprecated in favour of the separate
  // fast-xml-validator package; it still works in v5, and is not worth another dependency yet.)
  const { parser, validator } = xml();
  const validity = validator.validate(text);
  if (validity !== true) {
    return { ok: false, message: `is not well-formed XML: ${validity.err.msg}`, line: validity.err.line };
  }
  const root: unknown = parser.parse(text);
  const feed = field(root, 'feed');
  if (!isObject(feed)) return { ok: false, message: 'is XML but not an Atom feed (no <feed> root element).' };

  const entryLines = [...text.matchAll(/<(?:[\w-]+:)?entry[\s>]/g)].map((match) => match.index);
  const lineOf = lineLocator(text);
  const entries: ArxivEntry[] = [];
  const errors: ArxivApiError[] = [];
  list(field(feed, 'entry')).forEach((node, index) => {
    const line = lineOf(entryLines[index] ?? 0);
    const id = textOf(field(node, 'id'));
    if (apiErrorId.test(id)) {
      errors.push({ line, id, message: textOf(field(node, 'summary')) || id });
      return;
    }
    entries.push(entryFrom(node, id, line));
  });
  const total = Number.parseInt(textOf(field(feed, 'totalResults')), 10);
  return { ok: true, feed: { ...(Number.isFinite(total) ? { totalResults: total } : {}), entries, errors } };
}

function entryFrom(node: unknown, id: string, line: number): ArxivEntry {
  const optional = (name: string, value: string) => (value ? { [name]: value } : {});
  return {
    line,
    id,
    title: textOf(field(node, 'title')),
    summary: textOf(field(node, 'summary')),
    published: textOf(field(node, 'published')),
    authors: list(field(node, 'author'))
      .map((author) => ({
        name: textOf(field(author, 'name')),
        affiliations: list(field(author, 'affiliation')).map(textOf).filter(Boolean),
      }))
      .filter((author) => author.name),
    ...optional('comment', textOf(field(node, 'comment'))),
    ...optional('journalRef', textOf(field(node, 'journal_ref'))),
    ...optional('doi', textOf(field(node, 'doi'))),
    ...optional('primaryCategory', collapseWhitespace(String(field(field(node, 'primary_category'), '@term') ?? ''))),
  };
}

// The parser's output is untyped; these read it without trusting its shape.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(node: unknown, name: string): unknown {
  return isObject(node) ? node[name] : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text, collapsed: `<title>` arrives as a string, `<title type="html">` as `{ '#text' }`. */
function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return collapseWhitespace(String(value));
  if (isObject(value) && '#text' in value) return textOf(value['#text']);
  return '';
}

/**
 * What a person may type to name an arXiv paper, and the id it names. Everything arXiv itself prints
 * is accepted (a bare id, `arXiv:` ids, abstract and PDF links, with or without a version); anything
 * else is refused with the list below rather than guessed at.
 */
import { arxivIdPattern } from '../ingest/extract/arxiv-id.ts';

export const acceptedArxivForms = [
  '2401.01234',
  '2401.01234v2',
  'arXiv:2401.01234',
  'https://arxiv.org/abs/2401.01234v1',
  'https://arxiv.org/pdf/2401.01234',
  'hep-th/9901001 (old-style ids)',
] as const;

/** The shared id pattern, anchored: the whole text must be one id, with an optional version. */
const wholeId = new RegExp(`^${arxivIdPattern.source}$`);
const arxivHosts = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

/**
 * The arXiv id (without version) that `text` names, or `undefined`. The version is dropped on
 * purpose: the site shows the paper, and the latest version carries the latest venue and links.
 */
export function parseArxivReference(text: string): string | undefined {
  const trimmed = text.trim();
  const bare = trimmed.replace(/^arxiv:\s*/i, '');
  const id = wholeId.exec(bare)?.[1];
  if (id) return id;
  return idFromArxivUrl(/^(?:www\.|export\.)?arxiv\.org\//i.test(trimmed) ? `https://${trimmed}` : trimmed);
}

function idFromArxivUrl(text: string): string | undefined {
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  if (!/^https?:$/.test(url.protocol) || !arxivHosts.has(url.hostname.toLowerCase())) return undefined;
  const path = /^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/.exec(decodeURIComponent(url.pathname))?.[1];
  return path ? wholeId.exec(path)?.[1] : undefined;
}

/** A file name for the saved response: `arxiv-2401.01234.xml`, `arxiv-hep-th-9901001.xml`. */
export function arxivDocumentName(ids: readonly string[]): string {
  const [first = 'unknown'] = ids;
  const stem = `arxiv-${first.replaceAll('/', '-')}`;
  return ids.length > 1 ? `${stem}-and-${ids.length - 1}-more.xml` : `${stem}.xml`;
}

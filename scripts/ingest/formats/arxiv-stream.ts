/**
 * Shared by the two arXiv abstract-stream formats: text in which each paper's abstract (and an
 * optional comment line) is followed by its `arXiv:ID`, and optionally by a `Created:` date.
 * The listing separates papers with blank lines; the glued stream runs the next abstract straight
 * on from the id. Splitting at the ids handles both.
 */
import { codeLinksFrom } from '../extract/code-links.ts';
import { lineLocator } from '../extract/text.ts';
import { venueFromComment } from '../extract/venue.ts';
import type { Diagnostic, SourceDocument, SourceRecord } from '../model.ts';

/** `arXiv:2405.14734v3`, group 1 the id without version. Old-style ids are accepted too. */
export const arxivMarker = /arXiv:\s*(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/g;
const createdLine = /^[ \t]*\n?[ \t]*Created:\s*(\d{4}-\d{2}-\d{2})[ \t]*(?:\n|$)/;

/**
 * A short last line such as `ICML 2025. Code: URL` or `20 pages, 2 figures` is a comment, not prose.
 * `code:` is matched without a closing `\b`: there is no word boundary between `:` and the space
 * after it, so a bare `Code: URL` line used to stay in the abstract.
 */
const commentCue =
  /^comments?:|\b(pages?|figures?|tables?|preprint|accepted|appear|submitted|under review|workshop|conference|proceedings)\b|\bcode:|\b(19|20)\d{2}\b/i;

/**
 * Prose: a sentence that ends early and is followed by more running text. A following clause that
 * announces a venue or a link is still comment ("20 pages, 2 figures. Accepted at ICLR 2024",
 * "12 pages. To appear in NeurIPS 2025"); without this exception such comments were kept in the
 * abstract and their venue was lost (tests/unit/ingest/formats/arxiv-listing.test.ts).
 */
const proseContinuation =
  /[.!?]\s+(?!(?:Accepted|Published|Presented|To appear|Appear(?:s|ing)?|Code|Camera[- ]ready|Oral|Spotlight|Poster|Submitted|Under review|Extended|Preprint|Project|Data)\b)[A-Z][a-z]+\s+\w+\s+\w+/;

export function looksLikeComment(line: string): boolean {
  return line.length <= 300 && commentCue.test(line) && !proseContinuation.test(line.slice(0, 40));
}

/**
 * The ids that end a paper: those at the start or end of a line, or running straight into the next
 * abstract (`…arXiv:2401.01234Enabling`). An id cited mid-sentence ("extends arXiv:2301.00001 to
 * streaming") belongs to the abstract; splitting there cut the abstract short, gave it the cited
 * paper's id, and made an `Abstract:` list that cites an id parse as a glued stream.
 */
export function paperEndingIds(text: string): RegExpExecArray[] {
  // Each test looks only at the characters next to the id, never at the rest of its line: slicing
  // the line around every id made a long line (10 MB, thousands of ids) take minutes.
  return [...text.matchAll(arxivMarker)].filter((marker) => {
    const end = marker.index + marker[0].length;
    return onlyBlanksBefore(text, marker.index) || onlyBlanksAfter(text, end) || /^\p{L}/u.test(text.slice(end, end + 2));
  });
}

const isBlank = (character: string | undefined) => character === ' ' || character === '\t';

/** Only spaces and tabs between the start of the line and `index`. */
function onlyBlanksBefore(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && isBlank(text[at])) at -= 1;
  return at < 0 || text[at] === '\n';
}

/** Only spaces and tabs between `index` and the end of the line. */
function onlyBlanksAfter(text: string, index: number): boolean {
  let at = index;
  while (at < text.length && isBlank(text[at])) at += 1;
  return at >= text.length || text[at] === '\n';
}

export function parseArxivStream(document: SourceDocument): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  const { text } = document;
  const lineOf = lineLocator(text);
  const records: SourceRecord[] = [];
  let chunkStart = 0;
  for (const marker of paperEndingIds(text)) {
    const id = marker[1] ?? '';
    const markerEnd = marker.index + marker[0].length;
    const created = createdLine.exec(text.slice(markerEnd, markerEnd + 80));
    const chunk = text.slice(chunkStart, marker.index);
    records.push(recordFromChunk(document.name, lineOf(firstContentOffset(text, chunkStart)), chunk, id, created?.[1]));
    chunkStart = markerEnd + (created ? created[0].length : 0);
  }
  // Text after the last id belongs to no paper: an abstract whose id was lost when the document was
  // cut off, most likely. It used to vanish without a word.
  const diagnostics: Diagnostic[] = /\S/.test(text.slice(chunkStart))
    ? [{ level: 'warning', file: document.name, line: lineOf(firstContentOffset(text, chunkStart)), message: 'has text after its last arXiv id that belongs to no paper, so it was left out; the document may be cut off.' }]
    : [];
  return { records, diagnostics };
}

function firstContentOffset(text: string, from: number): number {
  // Stepping rather than slicing ahead: a slice of 10,000 characters per paper was quadratic too.
  for (let at = from; at < text.length && at < from + 10_000; at += 1) {
    if (!/\s/.test(text[at] ?? '')) return at;
  }
  return from;
}

/**
 * A chunk is the abstract, optionally followed by a comment line. Lines separated by a blank line
 * are paragraphs; lines that follow each other directly are one paragraph wrapped, unless the
 * earlier one ends a sentence (a glued stream puts its comment on the line right after the abstract).
 */
function recordFromChunk(source: string, line: number, chunk: string, arxiv: string, created?: string): SourceRecord {
  const paragraphs = chunk
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split('\n').map((part) => part.trim()).filter(Boolean))
    .filter((paragraph) => paragraph.length > 0);
  const lastParagraph = paragraphs.at(-1) ?? [];
  const last = lastParagraph.at(-1);
  const lineBefore = lastParagraph.length > 1 ? lastParagraph.at(-2) : paragraphs.at(-2)?.at(-1);
  // A short last line is a comment only if what precedes it is finished: the line before it ends a
  // sentence, or a blank line separates them. Otherwise it is the tail of a wrapped abstract.
  const separated = lastParagraph.length === 1 || /[.!?)"”]$/.test(lineBefore ?? '');
  const comment = lineBefore !== undefined && last !== undefined && separated && looksLikeComment(last) ? last : undefined;
  if (comment) lastParagraph.pop();
  const abstract = paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.join(' '))
    .join('\n\n')
    .replace(/^Abstract:\s*/i, '');
  const venue = comment ? venueFromComment(comment) : undefined;
  const code = codeLinksFrom(comment ?? '')[0] ?? codeLinksFrom(abstract)[0];
  return {
    source,
    line,
    authority: 'listing',
    arxiv,
    ...(created ? { date: { value: created, kind: 'created' as const } } : {}),
    ...(abstract ? { abstract } : {}),
    ...(venue ? { venue } : {}),
    ...(code ? { links: { code } } : {}),
  };
}

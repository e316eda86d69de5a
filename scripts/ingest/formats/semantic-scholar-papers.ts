/**
 * Semantic Scholar papers, as the Graph API's author papers endpoint returns them
 * (`GET https://api.semanticscholar.org/graph/v1/author/{id}/papers?fields=…`,
 * https://api.semanticscholar.org/api-docs/graph): `{offset, next?, data: [paper…]}`, each paper with
 * `paperId`, `title`, `abstract`, `externalIds` (`DOI`, `ArXiv`…), `venue`, `journal`
 * (`name`, `volume`, `pages`), `publicationDate`, `year`, `publicationTypes`, `citationCount` and
 * `authors[].name`. The answer does not say when it was taken, so its counts are undated.
 */
import { parseArxivId } from '../extract/arxiv-id.ts';
import { count, field, readJson, recordLineFinder, text } from '../extract/json-document.ts';
import { collapseWhitespace } from '../extract/text.ts';
import type { DocumentFormat, PublicationType, SourceRecord } from '../model.ts';

export const semanticScholarSource = 'Semantic Scholar';

const paperTypes: [string, PublicationType][] = [
  ['Conference', 'conference'],
  ['JournalArticle', 'article'],
  ['Review', 'article'],
  ['BookSection', 'chapter'],
  ['Book', 'book'],
];

export const semanticScholarPapers: DocumentFormat = {
  name: 'semantic-scholar-papers',
  label: 'Semantic Scholar papers (Graph API JSON)',
  detect: (source) => /^\s*\{/.test(source) && /"data"\s*:/.test(source) && /"paperId"\s*:/.test(source),
  parse(document) {
    const read = readJson(document, 'Semantic Scholar papers');
    if (!read.ok) return { subject: { kind: 'unspecified' }, records: [], diagnostics: [read.diagnostic] };
    const data = field(read.value, 'data');
    const lineOf = recordLineFinder(document.text);
    const records = (Array.isArray(data) ? data : []).flatMap((paper): SourceRecord[] => {
      const line = lineOf(text(field(paper, 'paperId')));
      const title = text(field(paper, 'title'));
      return title ? [recordOf(paper, collapseWhitespace(title), document.name, line)] : [];
    });
    return { subject: { kind: 'unspecified' }, records };
  },
};

function recordOf(paper: unknown, title: string, source: string, line: number): SourceRecord {
  const record: SourceRecord = { source, line, authority: 'bibliography', title };
  const authorList = field(paper, 'authors');
  const authors = (Array.isArray(authorList) ? authorList : []).flatMap((author) => {
    const name = text(field(author, 'name'));
    return name ? [name] : [];
  });
  if (authors.length > 0) record.authors = authors;
  const abstract = text(field(paper, 'abstract'));
  if (abstract) record.abstract = collapseWhitespace(abstract);
  const ids = field(paper, 'externalIds');
  const doi = text(field(ids, 'DOI'))?.toLowerCase();
  const arxiv = parseArxivId(text(field(ids, 'ArXiv')) ?? '');
  if (doi && !doi.startsWith('10.48550/arxiv.')) record.doi = doi;
  if (arxiv) record.arxiv = arxiv;
  const date = text(field(paper, 'publicationDate')) ?? text(field(paper, 'year'));
  if (date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) record.date = { value: date, kind: 'bibliography' };
  // Semantic Scholar names arXiv as the journal of a preprint (volume `abs/…`); a preprint has no venue.
  const isArxiv = (name: string | undefined) => name !== undefined && /^arxiv(\.org)?$/i.test(name);
  const journal = isArxiv(text(field(field(paper, 'journal'), 'name'))) ? undefined : field(paper, 'journal');
  const venue = [text(field(journal, 'name')), text(field(paper, 'venue'))].find((name) => name && !isArxiv(name));
  if (venue) record.venue = collapseWhitespace(venue);
  const volume = text(field(journal, 'volume'));
  const pages = text(field(journal, 'pages'))?.replace(/\s/g, '');
  if (volume) record.volume = volume;
  if (pages) record.pages = pages;
  const types = field(paper, 'publicationTypes');
  const type = paperTypes.find(([name]) => Array.isArray(types) && types.includes(name))?.[1];
  if (type) record.type = type;
  else if (arxiv && !venue) record.type = 'preprint';
  const citations = count(field(paper, 'citationCount'));
  if (citations !== undefined) record.citations = { count: citations, source: semanticScholarSource };
  return record;
}

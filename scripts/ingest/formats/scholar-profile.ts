/**
 * A Google Scholar profile as the `scholarly` Python library writes it for an author
 * (`scholarly.fill(author)` dumped as JSON), which the acad-homepage template keeps as
 * `results/gs_data.json`: `name`, `affiliation`, `citedby`, `hindex`, `i10index`, `updated`, and
 * `publications`, a list or (acad-homepage) an object keyed by `author_pub_id`, each with
 * `bib.title`, `bib.pub_year`, `bib.citation` and `num_citations`.
 *
 * Scholar lists things that are not papers. An entry with no citation line, and a title that is a
 * section heading ("1 Introduction", "References"), are skipped with a warning; an appendix or
 * supplement titled after a paper on the same profile is left out as part of that paper.
 */
import { parseScholarCitation } from '../extract/scholar-citation.ts';
import { count, dayOf, field, readJson, recordLineFinder, text } from '../extract/json-document.ts';
import { collapseWhitespace, titleKey } from '../extract/text.ts';
import type { Diagnostic, DocumentFormat, DocumentStat, SourceRecord } from '../model.ts';

export const scholarSource = 'Google Scholar';

const sectionHeading =
  /^(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)?(?:abstract|introduction|background|references|bibliography|acknowledge?ments?|conclusions?|discussion|related work|methods?|results|contents|table of contents|index|preface|foreword|front matter|title page)\.?$/i;
const appendix = /^(?:(?:online\s+)?(?:supplementary|supplemental)(?:\s+(?:material|information|materials))?|appendix|appendices)\b(?:\s+(?:to|for|of))?[\s:.–—-]*/i;

/** An appendix that names no paper on the profile: supplementary material, or a bare "Appendix A". */
const appendixOnly = /^(?:(?:online\s+)?(?:supplementary|supplemental)\s+(?:material|information|materials)|appendix|appendices)\b/i;

export const scholarProfile: DocumentFormat = {
  name: 'scholar-profile',
  label: 'Google Scholar profile (scholarly JSON)',
  describedAs: 'a Google Scholar profile',
  detect: (source) =>
    /^\s*\{/.test(source) && /"publications"\s*:/.test(source) && /"(?:citedby|scholar_id|hindex)"\s*:/.test(source),
  parse(document) {
    const read = readJson(document, 'a Google Scholar profile');
    if (!read.ok) return { subject: { kind: 'unspecified' }, records: [], diagnostics: [read.diagnostic] };
    const author = read.value;
    const name = text(field(author, 'name'));
    const updated = dayOf(field(author, 'updated'));
    const lineOf = recordLineFinder(document.text);
    const diagnostics: Diagnostic[] = [];
    const entries = publicationsOf(field(author, 'publications')).map((publication) => {
      const bib = field(publication, 'bib');
      const title = text(field(bib, 'title'));
      return { publication, bib, title: title && collapseWhitespace(title), line: lineOf(title) };
    });
    const titles = new Map(entries.flatMap((entry) => (entry.title ? [[titleKey(entry.title), entry.title] as const] : [])));
    const records: SourceRecord[] = [];
    for (const { publication, bib, title, line } of entries) {
      const skip = (reason: string) => diagnostics.push({ level: 'warning', file: document.name, line, message: `${reason}, so it was left out.` });
      if (!title) {
        skip('lists an entry with no title');
        continue;
      }
      const appendixOf = appendixTarget(title, titles);
      if (appendixOf) {
        skip(`lists “${title}”, an appendix of “${appendixOf}”, which is listed on its own`);
        continue;
      }
      if (appendixOnly.test(title)) {
        skip(`lists “${title}”, an appendix or supplement rather than a paper`);
        continue;
      }
      if (sectionHeading.test(title)) {
        skip(`lists “${title}”, a section heading Scholar took for a title`);
        continue;
      }
      const citation = text(field(bib, 'citation'));
      if (!citation) {
        skip(`lists “${title}” with no citation line (Scholar shows no venue or year): it is most likely not a paper`);
        continue;
      }
      records.push(recordOf({ title, citation, bib, publication, updated, source: document.name, line }));
    }
    const stats = statsOf(author, updated);
    return {
      subject: name ? { kind: 'person', name } : { kind: 'unspecified' },
      records,
      ...(stats.length > 0 ? { stats } : {}),
      diagnostics,
    };
  },
};

function publicationsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value !== null && typeof value === 'object' ? Object.values(value) : [];
}

interface Entry {
  title: string;
  citation: string;
  bib: unknown;
  publication: unknown;
  updated: string | undefined;
  source: string;
  line: number;
}

function recordOf({ title, citation, bib, publication, updated, source, line }: Entry): SourceRecord {
  const parsed = parseScholarCitation(citation);
  const year = text(field(bib, 'pub_year')) ?? parsed.year;
  const authors = text(field(bib, 'author'))
    ?.split(/\s+and\s+/)
    .map(displayName)
    .filter(Boolean);
  const citations = count(field(publication, 'num_citations'));
  const record: SourceRecord = { source, line, authority: 'aggregator', title };
  // BibTeX's "and others": the list Scholar gives is cut.
  if (authors?.at(-1)?.toLowerCase() === 'others') {
    authors.pop();
    record.authorsTruncated = true;
  }
  if (authors?.length) record.authors = authors;
  // A filled entry's abstract is Scholar's snippet; any other source's copy outranks it.
  const abstract = text(field(bib, 'abstract'));
  if (abstract) record.abstract = collapseWhitespace(abstract);
  if (year && /^\d{4}$/.test(year)) record.date = { value: year, kind: 'aggregator' };
  if (parsed.arxiv) {
    record.arxiv = parsed.arxiv;
    record.type = 'preprint';
  }
  // A filled entry names the venue in full; the citation line may have cut it.
  const filled = {
    venue: text(field(bib, 'journal')) ?? text(field(bib, 'conference')) ?? text(field(bib, 'booktitle')),
    volume: text(field(bib, 'volume')),
    issue: text(field(bib, 'number')),
    pages: text(field(bib, 'pages')),
  };
  for (const key of ['venue', 'volume', 'issue', 'pages'] as const) {
    const value = parsed.arxiv ? undefined : (filled[key] ?? parsed[key]);
    if (value) record[key] = collapseWhitespace(value);
  }
  if (citations !== undefined) record.citations = { count: citations, source: scholarSource, ...(updated ? { date: updated } : {}) };
  return record;
}

/** A filled entry's BibTeX-style "Doe, Jane" as "Jane Doe"; Scholar's own "J Doe" as it is. */
function displayName(author: string): string {
  const parts = author.trim().split(/\s*,\s*/);
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : author.trim();
}

/** The paper an appendix belongs to: the rest of its title names a paper on the same profile. */
function appendixTarget(title: string, titles: ReadonlyMap<string, string>): string | undefined {
  const match = appendix.exec(title);
  if (!match) return undefined;
  const rest = titleKey(title.slice(match[0].length));
  return rest ? titles.get(rest) : undefined;
}

function statsOf(author: unknown, date: string | undefined): DocumentStat[] {
  const figures: [string, unknown][] = [
    ['citations', field(author, 'citedby')],
    ['h-index', field(author, 'hindex')],
    ['i10-index', field(author, 'i10index')],
  ];
  return figures.flatMap(([label, value]) => {
    const figure = count(value);
    return figure === undefined ? [] : [{ label, value: figure.toLocaleString('en-US'), ...(date ? { date } : {}) }];
  });
}

/**
 * A profile-aggregator page: the owner's name, some stats (`h-index38`, `1,749citations`), `N Papers`,
 * then per paper a category+date line (`CLJun 4, 2025Code`, `LGMay 20Code`), a title, an author line
 * and the abstract.
 */
import { aggregatorDate, captureYear } from '../extract/capture-year.ts';
import { parseAuthorLine } from '../extract/author-line.ts';
import { codeLinksFrom } from '../extract/code-links.ts';
import { monthNamePattern } from '../extract/month-names.ts';
import type { Diagnostic, DocumentFormat, DocumentStat, SourceRecord } from '../model.ts';

const paperHeading = new RegExp(
  `^(?<category>[A-Z]{2,4}?)?(?<month>${monthNamePattern}) (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?(?<code>Code)?$`,
);
const paperCount = /^\d[\d,]*\s*papers$/i;
const statLabelFirst = /^(?<label>[A-Za-z][A-Za-z .'-]*?)\s*(?<value>\d[\d,.]*%?)$/;
const statValueFirst = /^(?<value>\d[\d,.]*%?)\s*(?<label>[A-Za-z][A-Za-z .'-]*)$/;
const personName = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,4}$/u;

interface Line {
  text: string;
  number: number;
}

export const profilePage: DocumentFormat = {
  name: 'profile-page',
  label: 'profile-aggregator page',
  describedAs: 'a profile page',
  detect(text) {
    const lines = text.split('\n').map((line) => line.trim());
    const headings = lines.filter((line) => paperHeading.test(line)).length;
    return headings >= 1 && lines.some((line) => paperCount.test(line));
  },
  parse(document) {
    const lines: Line[] = document.text
      .split('\n')
      .map((text, index) => ({ text: text.trim(), number: index + 1 }))
      .filter((line) => line.text.length > 0);
    const firstHeading = lines.findIndex((line) => paperHeading.test(line.text));
    const header = firstHeading === -1 ? lines : lines.slice(0, firstHeading);
    const printedYears = lines.flatMap((line) => {
      const year = paperHeading.exec(line.text)?.groups?.['year'];
      return year ? [Number(year)] : [];
    });
    const pageYear = captureYear(printedYears);
    const diagnostics: Diagnostic[] = [];
    const records: SourceRecord[] = [];
    for (let index = Math.max(firstHeading, 0); index < lines.length; ) {
      let end = index + 1;
      while (end < lines.length && !paperHeading.test(lines[end]?.text ?? '')) end += 1;
      const record = parsePaper(document.name, lines.slice(index, end), pageYear, diagnostics);
      if (record) records.push(record);
      else if (paperHeading.test(lines[index]?.text ?? '')) {
        diagnostics.push({ level: 'warning', file: document.name, line: lines[index]?.number ?? 1, message: 'has a paper heading with no title after it, so that entry was skipped; the document looks cut off.' });
      }
      index = end;
    }
    diagnostics.push(...truncationWarnings(document.name, lines, records));
    const owner = header.find((line) => personName.test(line.text) && !paperCount.test(line.text));
    return {
      subject: owner ? { kind: 'person', name: owner.text } : { kind: 'unspecified' },
      records,
      stats: statsFrom(header).map((stat) => (pageYear ? { ...stat, year: pageYear } : stat)),
      diagnostics,
    };
  },
};

function parsePaper(source: string, block: Line[], pageYear: number | undefined, diagnostics: Diagnostic[]) {
  const [heading, titleLine, ...rest] = block;
  const groups = heading ? paperHeading.exec(heading.text)?.groups : undefined;
  if (!heading || !groups || !titleLine) return undefined;
  const authorLine = rest[0] ? parseAuthorLine(rest[0].text) : undefined;
  const abstract = (authorLine ? rest.slice(1) : rest).map((line) => line.text).join('\n\n');
  const date = aggregatorDate(groups['month'] ?? '', groups['day'] ?? '', groups['year'], pageYear);
  if (!date) {
    diagnostics.push({
      level: 'warning',
      file: source,
      line: heading.number,
      message: `"${heading.text}" has no year and the page prints none to infer it from; the date is left out.`,
    });
  }
  const code = codeLinksFrom(abstract)[0];
  const record: SourceRecord = {
    source,
    line: heading.number,
    authority: 'aggregator',
    title: titleLine.text,
    ...(authorLine ? { authors: authorLine.authors, authorsTruncated: authorLine.truncated } : {}),
    ...(abstract ? { abstract } : {}),
    ...(date ? { date: { value: date, kind: 'aggregator' as const } } : {}),
    ...(groups['category'] ? { category: groups['category'] } : {}),
    ...(code ? { links: { code } } : {}),
  };
  return record;
}

/**
 * A page saved before it finished loading, or cut in transit, otherwise loses its last papers without
 * a word: warn when the last entry stops mid-way (no author line, no abstract, or an abstract that
 * ends mid-sentence), and when the page holds fewer papers than its `N Papers` line announces.
 */
function truncationWarnings(source: string, lines: readonly Line[], records: readonly SourceRecord[]): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const last = records.at(-1);
  const endsLikeText = (text: string) => /[.!?…)"'”’\]]$|https?:\/\/\S+$/.test(text.trim());
  if (last && (!last.authors || !last.abstract || !endsLikeText(last.abstract))) {
    warnings.push({
      level: 'warning',
      file: source,
      line: lines.at(-1)?.number ?? last.line,
      message: `ends in the middle of the paper that starts on line ${last.line}; the document looks cut off, so that paper may be incomplete.`,
    });
  }
  const announced = Number(lines.find((line) => paperCount.test(line.text))?.text.replace(/\D/g, ''));
  if (announced > records.length) {
    warnings.push({
      level: 'warning',
      file: source,
      message: `announces ${announced} papers but holds ${records.length}; the document is cut off or shows only part of the list.`,
    });
  }
  return warnings;
}

/** `h-index38`, `18papers`, `1,749citations`: label and value, whichever comes first. */
function statsFrom(header: Line[]): DocumentStat[] {
  const stats = new Map<string, DocumentStat>();
  for (const { text } of header) {
    const groups = (statLabelFirst.exec(text) ?? statValueFirst.exec(text))?.groups;
    const label = groups?.['label']?.trim();
    const value = groups?.['value'];
    if (!label || !value) continue;
    const key = label.toLowerCase();
    if (!stats.has(key)) stats.set(key, { label, value });
  }
  return [...stats.values()];
}

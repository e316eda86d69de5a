/**
 * A trending or daily-papers page: other people's papers, each a title, its abstract, then
 * `• 9 authors` (or an organisation), `·` and a date. Its records never become publications on their
 * own; they only enrich a paper that an owner document also lists.
 */
import { aggregatorDate, captureYear } from '../extract/capture-year.ts';
import { codeLinksFrom } from '../extract/code-links.ts';
import { monthNamePattern } from '../extract/month-names.ts';
import type { DocumentFormat, SourceRecord } from '../model.ts';

const authorCount = /^•\s*\d+\s+authors?$/i;
const pageMarker = /\b(daily papers|trending papers|trending research)\b/i;
const dateLine = new RegExp(`^(?<month>${monthNamePattern}) (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?(?:\\s+\\d+)?$`);
/** Abstracts are long; titles and page furniture are short. */
const minimumAbstractLength = 200;

export const trendingPage: DocumentFormat = {
  name: 'trending-page',
  label: 'trending / daily-papers page',
  detect(text) {
    const countLines = text.split('\n').filter((line) => authorCount.test(line.trim())).length;
    return countLines >= 2 || (pageMarker.test(text.slice(0, 2000)) && countLines >= 1);
  },
  parse(document) {
    const lines = document.text
      .split('\n')
      .map((text, index) => ({ text: text.trim(), number: index + 1 }))
      .filter((line) => line.text.length > 0);
    const printedYears = lines.flatMap((line) => {
      const year = dateLine.exec(line.text)?.groups?.['year'];
      return year ? [Number(year)] : [];
    });
    const pageYear = captureYear(printedYears);
    const records: SourceRecord[] = [];
    lines.forEach((line, index) => {
      const next = lines[index + 1];
      const isTitle = line.text.length < minimumAbstractLength && next !== undefined && next.text.length >= minimumAbstractLength;
      if (isTitle) {
        const code = codeLinksFrom(next.text)[0];
        records.push({
          source: document.name,
          line: line.number,
          authority: 'trending',
          title: line.text,
          abstract: next.text,
          ...(code ? { links: { code } } : {}),
        });
        return;
      }
      const last = records.at(-1);
      const date = dateLine.exec(line.text)?.groups;
      if (last && !last.date && date && index > 0) {
        const value = aggregatorDate(date['month'] ?? '', date['day'] ?? '', date['year'], pageYear);
        if (value) last.date = { value, kind: 'aggregator' };
      }
      if (last && authorCount.test(line.text)) last.authorsTruncated = true;
    });
    return { subject: { kind: 'others', description: 'a trending-papers page listing other people’s work' }, records };
  },
};

/**
 * Google Scholar's one-line citation, as a profile lists it under each title:
 *
 *   `Automation in Construction 125, 103647, 2021`   venue, volume, pages (an article number), year
 *   `Physical Review B 91 (4), 045123, 2015`         venue, volume, issue, pages, year
 *   `Proceedings of the … Conference, 1123-1131, 2019`  a venue Scholar cut short: kept as given
 *   `arXiv preprint arXiv:2312.08532, 2023`           a preprint: its arXiv id, no venue
 *
 * Scholar cuts long venues with "…". A cut citation is kept exactly as given (the year still read),
 * never completed by guessing, and nothing is read from its cut part.
 */
import { parseArxivId } from './arxiv-id.ts';
import { collapseWhitespace } from './text.ts';

export interface ScholarCitation {
  venue?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  year?: string;
  arxiv?: string;
}

const trailingYear = /,?\s*((?:19|20)\d{2})$/;
const pagesPart = /^[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?$/;
const volumeAndIssue = /^(?<venue>.*\D)\s+(?<volume>\d+[A-Za-z]?)(?:\s*\((?<issue>[^()]+)\))?$/;
const preprint = /^(?:arxiv(?: preprint| e-prints)?|corr)\b[\s,:]*(?:abs\/)?(?:arxiv:\s*)?/i;

export function parseScholarCitation(citation: string): ScholarCitation {
  let rest = collapseWhitespace(citation).replace(/[\s,]+$/, '');
  const parsed: ScholarCitation = {};
  const year = trailingYear.exec(rest);
  if (year?.[1]) {
    parsed.year = year[1];
    rest = rest.slice(0, year.index).trim();
  }
  if (!rest) return parsed;
  if (preprint.test(rest)) {
    const arxiv = parseArxivId(rest);
    if (arxiv) return { ...parsed, arxiv };
  }
  // Cut citations, and patents, whose numbers hold commas, are kept whole.
  if (rest.includes('…') || rest.endsWith('...') || /\bpatent\b/i.test(rest)) return { ...parsed, venue: rest };
  const parts = rest.split(/,\s*/);
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && pagesPart.test(last)) {
    parsed.pages = last.replace(/\s*[-–]\s*/, '-');
    parts.pop();
  }
  const head = parts.join(', ');
  const numbered = volumeAndIssue.exec(head);
  // A trailing year-like number is part of a name ("ICML 2021"), not a volume.
  if (numbered?.groups && !/^(?:19|20)\d{2}$/.test(numbered.groups['volume'] ?? '')) {
    const { venue = '', volume, issue } = numbered.groups;
    return { ...parsed, venue: venue.replace(/[\s,]+$/, ''), ...(volume ? { volume } : {}), ...(issue ? { issue: issue.trim() } : {}) };
  }
  return { ...parsed, venue: head };
}

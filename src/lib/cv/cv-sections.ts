/**
 * The CV's sections, in the order a research CV lists them, each mapping its JSON Resume entries to
 * one shape the page renders (`CvEntry`). Adding a section is one line here, and none in the page.
 * `publications` is absent on purpose: the CV lists the site's collection (`cv-publications.ts`).
 */
import type { Cv } from './cv-types.ts';
import { cvDate, cvDateRange } from './date-range.ts';

export interface CvEntry {
  /** The line in bold: a position, degree, award, course, talk. */
  title: string;
  /** Where or from whom: the institution, funder, event. */
  detail?: string | undefined;
  /** When, already formatted ("Sep 2019 – present"). */
  when?: string | undefined;
  /** A link, http(s) only. */
  url?: string | undefined;
  summary?: string | undefined;
  /** Bullet points: highlights, courses. */
  items?: string[] | undefined;
  /** A short comma-separated list: skills' keywords. */
  keywords?: string[] | undefined;
}

export interface CvSection {
  /** The JSON Resume key, also the section's anchor (`#cv-work`). */
  key: string;
  heading: string;
  entries: CvEntry[];
}

/** Only http(s) links reach the page: the schema's `uri` format would accept `javascript:`. */
export function httpOnly(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => Boolean(part?.trim()));
  return kept.length > 0 ? kept.join(', ') : undefined;
}

function nonEmpty(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

type SectionSpec = { key: keyof Cv; heading: string; entries: (cv: Cv) => CvEntry[] };

// prettier-ignore
export const cvSectionSpecs: SectionSpec[] = [
  { key: 'interests', heading: 'Research interests', entries: (cv) => (cv.interests ?? []).map((item) => ({
    title: item.name ?? '', keywords: nonEmpty(item.keywords) })) },
  { key: 'work', heading: 'Positions', entries: (cv) => (cv.work ?? []).map((item) => ({
    title: item.position ?? item.name ?? '', detail: item.position ? joined(item.name, item.location) : item.location,
    when: cvDateRange(item.startDate, item.endDate), url: httpOnly(item.url), summary: item.summary,
    items: nonEmpty(item.highlights) })) },
  { key: 'education', heading: 'Education', entries: (cv) => (cv.education ?? []).map((item) => ({
    title: joined(item.studyType, item.area) ?? item.institution ?? '',
    detail: joined(item.studyType || item.area ? item.institution : undefined, item.score),
    when: cvDateRange(item.startDate, item.endDate), url: httpOnly(item.url), items: nonEmpty(item.courses) })) },
  { key: 'awards', heading: 'Honours and awards', entries: (cv) => (cv.awards ?? []).map((item) => ({
    title: item.title ?? '', detail: item.awarder, when: item.date && cvDate(item.date), summary: item.summary })) },
  { key: 'grants', heading: 'Grants and funding', entries: (cv) => (cv.grants ?? []).map((item) => ({
    title: item.title ?? '', detail: joined(item.funder, item.role, item.amount),
    when: cvDateRange(item.startDate, item.endDate, false), url: httpOnly(item.url), summary: item.summary })) },
  { key: 'teaching', heading: 'Teaching', entries: (cv) => (cv.teaching ?? []).map((item) => ({
    title: item.course ?? '', detail: joined(item.role, item.institution),
    when: cvDateRange(item.startDate, item.endDate, false), url: httpOnly(item.url), summary: item.summary })) },
  { key: 'talks', heading: 'Talks', entries: (cv) => (cv.talks ?? []).map((item) => ({
    title: item.title ?? '', detail: joined(item.event, item.location), when: item.date && cvDate(item.date),
    url: httpOnly(item.url), summary: item.summary })) },
  { key: 'volunteer', heading: 'Service', entries: (cv) => (cv.volunteer ?? []).map((item) => ({
    title: item.position ?? item.organization ?? '', detail: item.position ? item.organization : undefined,
    when: cvDateRange(item.startDate, item.endDate, false), url: httpOnly(item.url), summary: item.summary,
    items: nonEmpty(item.highlights) })) },
  { key: 'projects', heading: 'Projects', entries: (cv) => (cv.projects ?? []).map((item) => ({
    title: item.name ?? '', detail: joined(item.entity, ...(item.roles ?? [])),
    when: cvDateRange(item.startDate, item.endDate, false), url: httpOnly(item.url), summary: item.description,
    items: nonEmpty(item.highlights), keywords: nonEmpty(item.keywords) })) },
  { key: 'certificates', heading: 'Certificates', entries: (cv) => (cv.certificates ?? []).map((item) => ({
    title: item.name ?? '', detail: item.issuer, when: item.date && cvDate(item.date), url: httpOnly(item.url) })) },
  { key: 'skills', heading: 'Skills', entries: (cv) => (cv.skills ?? []).map((item) => ({
    title: item.name ?? '', detail: item.level, keywords: nonEmpty(item.keywords) })) },
  { key: 'languages', heading: 'Languages', entries: (cv) => (cv.languages ?? []).map((item) => ({
    title: item.language ?? '', detail: item.fluency })) },
];

/**
 * The sections the CV has, in order. `before` are shown above the publications (positions,
 * education, awards, grants), the rest below them, as research CVs usually do.
 */
export function cvSections(cv: Cv): { before: CvSection[]; after: CvSection[] } {
  const sections = cvSectionSpecs
    .map((spec) => ({
      key: spec.key,
      heading: spec.heading,
      entries: spec.entries(cv).filter((entry) => entry.title || entry.detail),
    }))
    .filter((section) => section.entries.length > 0);
  const beforePublications = new Set(['interests', 'work', 'education', 'awards', 'grants']);
  return {
    before: sections.filter((section) => beforePublications.has(section.key)),
    after: sections.filter((section) => !beforePublications.has(section.key)),
  };
}

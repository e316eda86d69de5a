/**
 * CSL-JSON (the format of citeproc, Zotero, Pandoc and Mendeley) for publications.
 *
 * We emit a subset of CSL-JSON 1.0.2, defined as a zod schema that keeps to the official
 * `csl-data.json` schema (the same item types, name and date shapes, no extra keys), so tests check
 * the shape. As CSL expects, absent values are left out rather than set to null.
 *
 * - Types follow the publication's `type`: `article-journal`, `paper-conference`, `article` (CSL's
 *   preprint type, with arXiv as publisher and `arXiv:<id>` as number, as Zotero writes preprints),
 *   `thesis`, `book`, `chapter`, `report`, `document`. Without a `type`, as in the BibTeX export.
 * - Text is readable, not TeX: CSL processors print strings as they are, so `$\epsilon$` is `ε`.
 * - A truncated author list ends in `{"literal": "others"}`, which citeproc-js prints as "& others"
 *   in APA, as Zotero and Pandoc do for BibTeX's `and others`, so it never reads as complete.
 */
import { z } from 'astro/zod';
import { texToText } from '../exports/tex-to-text.ts';
import type { PublicationView } from '../publication-view.ts';
import { authorNamesOf, fromDisplay, type StructuredName } from './author-names.ts';
import { effectiveType } from './bibtex-entry-type.ts';

const cslNameSchema = z.union([
  z.strictObject({
    family: z.string().min(1),
    given: z.string().min(1).optional(),
    'non-dropping-particle': z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
  }),
  z.strictObject({ literal: z.string().min(1) }),
]);

const cslTypes = [
  'article',
  'article-journal',
  'paper-conference',
  'thesis',
  'book',
  'chapter',
  'report',
  'document',
] as const;

export const cslItemSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(cslTypes),
  title: z.string().min(1),
  author: z.array(cslNameSchema).optional(),
  editor: z.array(cslNameSchema).optional(),
  issued: z
    .strictObject({
      'date-parts': z.tuple([
        z.union([
          z.tuple([z.number().int()]),
          z.tuple([z.number().int(), z.number().int().min(1).max(12)]),
          z.tuple([z.number().int(), z.number().int().min(1).max(12), z.number().int().min(1).max(31)]),
        ]),
      ]),
    })
    .optional(),
  'container-title': z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  volume: z.string().min(1).optional(),
  issue: z.string().min(1).optional(),
  page: z.string().min(1).optional(),
  number: z.string().min(1).optional(),
  genre: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  ISBN: z.string().min(1).optional(),
  DOI: z.string().min(1).optional(),
  URL: z.url({ protocol: /^https?$/ }).optional(),
  abstract: z.string().min(1).optional(),
});

export const cslItemsSchema = z.array(cslItemSchema);
export type CslItem = z.infer<typeof cslItemSchema>;
type CslName = z.infer<typeof cslNameSchema>;

const cslTypeOf: Record<NonNullable<PublicationView['type']>, CslItem['type']> = {
  article: 'article-journal',
  conference: 'paper-conference',
  preprint: 'article',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  other: 'document',
};

export function toCslItem(publication: PublicationView, options: { id: string; url?: string | undefined }): CslItem {
  const type = effectiveType(publication);
  const dateParts = publication.date?.split('-').map(Number) as CslDateParts | undefined;
  const item: CslItem = { id: options.id, type: cslTypeOf[type], title: texToText(publication.title) };
  const authors = authorNamesOf(publication).map(cslName);
  if (publication.authorsTruncated) authors.push({ literal: 'others' });
  if (authors.length > 0) item.author = authors;
  if (publication.editors?.length) item.editor = publication.editors.map((editor) => cslName(fromDisplay(editor)));
  if (dateParts) item.issued = { 'date-parts': [dateParts] };
  const venue = publication.venue ? texToText(publication.venue) : undefined;
  if (type === 'preprint') {
    if (venue) item.note = venue;
  } else if (type === 'thesis' || type === 'report') {
    if (venue) item.genre = venue;
  } else if (venue) {
    item['container-title'] = venue;
  }
  // CSL has no school or institution: a thesis's university and a report's institution are its publisher.
  const publisher =
    publication.publisher ?? (type === 'thesis' || type === 'report' ? publication.institution : undefined);
  if (publisher) item.publisher = publisher;
  if (publication.volume) item.volume = publication.volume;
  if (publication.issue) item[type === 'report' ? 'number' : 'issue'] = publication.issue;
  if (publication.pages) item.page = publication.pages;
  if (publication.arxiv) {
    if (type === 'preprint') {
      item.publisher ??= 'arXiv';
      item.number = `arXiv:${publication.arxiv}`;
    } else {
      item.note = `arXiv:${publication.arxiv}`;
    }
  }
  if (publication.isbn) item.ISBN = publication.isbn;
  if (publication.doi) item.DOI = publication.doi;
  if (options.url) item.URL = options.url;
  if (publication.abstract) item.abstract = texToText(publication.abstract);
  return item;
}

function cslName(name: StructuredName): CslName {
  if (!name.family) return { literal: name.literal ?? name.given ?? '' };
  return {
    family: name.family,
    ...(name.given ? { given: name.given } : {}),
    // "van der" is printed with the family name in English styles: a non-dropping particle.
    ...(name.particle ? { 'non-dropping-particle': name.particle } : {}),
    ...(name.suffix ? { suffix: name.suffix } : {}),
  };
}

type CslDateParts = [number] | [number, number] | [number, number, number];

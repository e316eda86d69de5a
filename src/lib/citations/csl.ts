/**
 * CSL-JSON (the format of citeproc, Zotero, Pandoc and Mendeley) for publications.
 *
 * We emit a small subset of CSL-JSON 1.0.2, defined as a zod schema so tests check the shape. As CSL
 * expects, absent values are left out rather than set to null. Types: `paper-conference` and
 * `article-journal` for published work, `article` (CSL's preprint type) otherwise, with arXiv as
 * publisher and `arXiv:<id>` as number, as Zotero writes preprints.
 */
import { z } from 'astro/zod';
import type { PublicationView } from '../publication-view.ts';
import { splitName } from './names.ts';
import { publicationKind } from './publication-kind.ts';

const cslNameSchema = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1) }),
  z.strictObject({ literal: z.string().min(1) }),
]);

export const cslItemSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(['article', 'article-journal', 'paper-conference']),
  title: z.string().min(1),
  author: z.array(cslNameSchema).optional(),
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
  number: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  DOI: z.string().min(1).optional(),
  URL: z.url({ protocol: /^https?$/ }),
  abstract: z.string().min(1).optional(),
});

export const cslItemsSchema = z.array(cslItemSchema);
export type CslItem = z.infer<typeof cslItemSchema>;

export function toCslItem(publication: PublicationView, options: { id: string; url: string }): CslItem {
  const kind = publicationKind(publication);
  const dateParts = publication.date?.split('-').map(Number) as CslDateParts | undefined;
  const item: CslItem = {
    id: options.id,
    type: kind === 'conference' ? 'paper-conference' : kind === 'journal' ? 'article-journal' : 'article',
    title: publication.title,
    URL: options.url,
  };
  if (publication.authors.length > 0) item.author = publication.authors.map(splitName);
  if (dateParts) item.issued = { 'date-parts': [dateParts] };
  if (kind !== 'preprint' && publication.venue) item['container-title'] = publication.venue;
  if (kind === 'preprint' && publication.venue) item.note = publication.venue;
  if (publication.arxiv) {
    if (kind === 'preprint') {
      item.publisher = 'arXiv';
      item.number = `arXiv:${publication.arxiv}`;
    } else {
      item.note = `arXiv:${publication.arxiv}`;
    }
  }
  if (publication.doi) item.DOI = publication.doi;
  if (publication.abstract) item.abstract = publication.abstract;
  return item;
}

type CslDateParts = [number] | [number, number] | [number, number, number];

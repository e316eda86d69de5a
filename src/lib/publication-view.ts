/**
 * What pages, feeds and exports work with: a publication's frontmatter plus what is derived from it
 * (its slug, year and plain-text abstract). Pure, so tests build views without Astro.
 */
import type { Publication } from '../schema/publication.ts';
import { plainAbstract } from './plain-abstract.ts';

export interface PublicationView extends Publication {
  /** The file name without `.mdx`; the paper page lives at `/publications/<slug>/`. */
  slug: string;
  /** The year of `date`, or null when the date is unknown. */
  year: number | null;
  /** The abstract as plain text, math kept as `$…$`. */
  abstract: string;
}

export function toPublicationView(slug: string, data: Publication, mdxBody: string): PublicationView {
  return {
    ...data,
    slug,
    year: data.date ? Number(data.date.slice(0, 4)) : null,
    abstract: plainAbstract(mdxBody),
  };
}

/** Newest first; undated papers last; ties broken by title, then slug, so the order is stable. */
export function compareNewestFirst(a: PublicationView, b: PublicationView): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  if (byDate !== 0) return byDate;
  return a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug);
}

/** Builds publication views for unit tests without Astro, with only the fields a test cares about. */
import type { PublicationView } from '../../../src/lib/publication-view.ts';

export function makePublication(overrides: Partial<PublicationView> & { slug: string }): PublicationView {
  const date = overrides.date;
  return {
    title: `Title of ${overrides.slug}`,
    authors: ['Ada Lovelace'],
    links: {},
    topics: [],
    sources: ['doc.txt'],
    featured: false,
    hidden: false,
    abstract: '',
    year: date ? Number(date.slice(0, 4)) : null,
    ...overrides,
  };
}

/**
 * Reads the publication collection once per build and hands out views, newest first.
 * This is the only module in `src/lib` that touches `astro:content`; everything else is pure.
 */
import { getCollection } from 'astro:content';
import { compareNewestFirst, toPublicationView, type PublicationView } from './publication-view.ts';

let cached: Promise<PublicationView[]> | undefined;

export function loadPublications(): Promise<PublicationView[]> {
  cached ??= getCollection('publications').then((entries) =>
    entries.map((entry) => toPublicationView(entry.id, entry.data, entry.body ?? '')).sort(compareNewestFirst),
  );
  return cached;
}

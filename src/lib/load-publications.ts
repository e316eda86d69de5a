/**
 * Reads the publication collection once per build and hands out views, newest first.
 * This is the only module in `src/lib` that touches `astro:content`; everything else is pure.
 */
import { getCollection } from 'astro:content';
import { compareNewestFirst, toPublicationView, type PublicationView } from './publication-view.ts';

let cached: Promise<PublicationView[]> | undefined;

/** Every publication the site shows: all but those the owner marked `hidden`. */
export function loadPublications(): Promise<PublicationView[]> {
  cached ??= getCollection('publications', (entry) => !entry.data.hidden).then((entries) =>
    entries.map((entry) => toPublicationView(entry.id, entry.data, entry.body ?? '')).sort(compareNewestFirst),
  );
  return cached;
}

/**
 * The publications the site shows, read straight from the collection's folder: for work done
 * outside Astro's pages (the social cards, the papers' BibTeX files), which has no `astro:content`.
 * Each file is read as the collection's loader reads it (frontmatter through the shared schema,
 * the body as written), so the views equal those of `load-publications.ts`. Files that do not
 * parse are left out: the loader reports them, and a build with one stops.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { publicationSchema } from '../schema/publication.ts';
import { splitPublicationFile } from './publication-file.ts';
import { compareNewestFirst, toPublicationView, type PublicationView } from './publication-view.ts';

/** The collection's file names, in a stable order. */
export async function publicationFileNames(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
}

/**
 * One file's view, under the slug its page uses; none for a hidden paper or a file that does not
 * parse. `withBody: false` leaves the abstract out, for uses that show none.
 */
export function readPublicationView(
  folder: string,
  name: string,
  { withBody = true } = {},
): PublicationView | undefined {
  // Read synchronously, as the collection's loader does: a promise read is four round trips to
  // libuv's threads, which the build keeps busy writing pages.
  const read = splitPublicationFile(readFileSync(join(folder, name), 'utf8'));
  const parsed = read.ok ? publicationSchema.safeParse(read.file.data) : undefined;
  if (!read.ok || !parsed?.success || parsed.data.hidden) return undefined;
  return toPublicationView(name.replace(/\.mdx$/, ''), parsed.data, withBody ? read.file.body : '');
}

/** Every publication the site shows, newest first, as `loadPublications()` gives them. */
export async function readPublicationViews(folder: string): Promise<PublicationView[]> {
  const views: PublicationView[] = [];
  for (const name of await publicationFileNames(folder)) {
    const view = readPublicationView(folder, name);
    if (view) views.push(view);
  }
  return views.sort(compareNewestFirst);
}

/**
 * Which existing file each publication is. A publication keeps the slug of the file it matches, so
 * URLs never change when documents are added; only publications that match no file get new slugs.
 */
import { uniqueSlug } from '../slugs.ts';

export interface SlugRequest {
  /** Identity keys (`arxiv:…`, `title:…`, …) of the publication. */
  keys: readonly string[];
  title: string;
  year: string | undefined;
}

/**
 * @param existing slug → identity keys of each publication already on disk or in the state.
 * @returns the slug for each request, in order.
 */
export function slugsFor(requests: readonly SlugRequest[], existing: ReadonlyMap<string, readonly string[]>): string[] {
  const slugsByKey = new Map<string, string[]>();
  for (const [slug, keys] of [...existing].sort(([a], [b]) => a.localeCompare(b))) {
    for (const key of keys) {
      const slugs = slugsByKey.get(key);
      if (slugs) slugs.push(slug);
      else slugsByKey.set(key, [slug]);
    }
  }
  const claimed = new Set<string>();
  const matched = requests.map((request) => {
    const shared = new Map<string, number>();
    for (const key of request.keys) for (const slug of slugsByKey.get(key) ?? []) shared.set(slug, (shared.get(slug) ?? 0) + 1);
    const best = [...shared]
      .filter(([slug]) => !claimed.has(slug))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (best) claimed.add(best);
    return best;
  });
  const taken = new Set([...existing.keys(), ...claimed]);
  return requests.map((request, index) => {
    const slug = matched[index] ?? uniqueSlug(request.title, request.year, taken);
    taken.add(slug);
    return slug;
  });
}

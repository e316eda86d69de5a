/**
 * Where the URL of a retired paper leads. When a new document shows that two papers on the site are
 * one work (a preprint and its journal version, say), they become one publication with one of the
 * two slugs, and the other file goes. Its URL must not die: it redirects to the paper that absorbed
 * it, the one sharing most of its identity keys (ids, titles, abstracts).
 *
 * Redirects accumulate in the ingest state, so a URL once published keeps leading somewhere. One is
 * dropped only when its slug is a live paper again, and one whose target was retired in turn is
 * pointed at that target's new home.
 */
export interface SlugIdentity {
  slug: string;
  keys: readonly string[];
}

export function slugRedirects(
  previous: Readonly<Record<string, string>>,
  retired: readonly SlugIdentity[],
  publications: readonly SlugIdentity[],
): Record<string, string> {
  const live = new Set(publications.map((publication) => publication.slug));
  const redirects = new Map<string, string>();
  for (const { slug, keys } of retired) {
    const own = new Set(keys);
    let best: { slug: string; shared: number } | undefined;
    for (const publication of publications) {
      const shared = publication.keys.filter((key) => own.has(key)).length;
      if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && publication.slug < best.slug))) {
        best = { slug: publication.slug, shared };
      }
    }
    if (best) redirects.set(slug, best.slug);
  }
  const destination = (slug: string): string | undefined => {
    // Follows a chain of retirements; a cycle cannot arise, but a bound keeps a damaged state harmless.
    let target: string | undefined = slug;
    for (let step = 0; target !== undefined && !live.has(target) && step < 100; step += 1) {
      target = redirects.get(target) ?? previous[target];
    }
    return target !== undefined && live.has(target) ? target : undefined;
  };
  const result: Record<string, string> = {};
  for (const slug of [...new Set([...Object.keys(previous), ...redirects.keys()])].sort()) {
    if (live.has(slug)) continue;
    const target = destination(redirects.get(slug) ?? previous[slug] ?? '');
    if (target) result[slug] = target;
  }
  return result;
}

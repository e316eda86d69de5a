/**
 * Readable, unique, stable slugs. A publication keeps the slug it was first given for as long as it
 * exists (see `reconcile.ts`); only new publications get new ones, and never one already taken.
 */

const maximumSlugLength = 60;

/** `"Déjà Vu: Learning $x^2$ Fast!"` → `deja-vu-learning-x-2-fast`, cut at a word boundary. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maximumSlugLength && slug) break;
    slug = next.slice(0, maximumSlugLength);
  }
  return slug;
}

/**
 * A slug for a new publication that no other publication holds: the title's slug, then with the
 * year, then with a counter.
 */
export function uniqueSlug(title: string, year: string | undefined, taken: ReadonlySet<string>): string {
  const base = slugify(title) || 'publication';
  const candidates = [base, ...(year ? [`${base}-${year}`] : [])];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${candidates.at(-1)}-${counter}`;
    if (!taken.has(candidate)) return candidate;
  }
}

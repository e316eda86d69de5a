/**
 * Citation keys like `doe2024attention`: first author's family name, year, first significant title
 * word, folded to ASCII letters so that every TeX engine and reference manager accepts them.
 */
import type { PublicationView } from '../publication-view.ts';
import { familyName } from './names.ts';
import { splitMath } from './latex.ts';

const stopWords = new Set(
  'a an the on of in for to and or with from by at via is are be do does how what when why towards toward into as its you your we our can'.split(
    ' ',
  ),
);

/** Accented and special Latin letters to plain ASCII: "Müller" → "muller", "Łukasz" → "lukasz". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđð]/g, 'd')
    .replace(/[Þþ]/g, 'th')
    .toLowerCase();
}

function keyPart(text: string): string {
  return asciiFold(text).replace(/[^a-z0-9]/g, '');
}

/** The key before it is made unique across the site. */
export function baseCitationKey(publication: Pick<PublicationView, 'authors' | 'year' | 'title'>): string {
  const firstAuthor = publication.authors[0];
  // Names in non-Latin scripts fold to nothing; "anon" keeps the key readable.
  // Particles stay out of keys, as in Better BibTeX: "van der Waals" → `waals`.
  const family = firstAuthor ? familyName(firstAuthor).replace(/^(\p{Ll}+\s+)+/u, '') : '';
  const author = keyPart(family) || 'anon';
  const titleText = splitMath(publication.title)
    .filter((segment) => segment.kind === 'text')
    .map((segment) => segment.value)
    .join(' ');
  // Hyphenated compounds count as one word: "G-Zero" gives `gzero`, not `g`.
  const words = asciiFold(titleText)
    .split(/[^a-z0-9'’-]+/)
    .map((word) => word.replace(/['’-]/g, ''))
    .filter(Boolean);
  const word = words.find((candidate) => !stopWords.has(candidate) && /[a-z]/.test(candidate)) ?? words[0] ?? '';
  return `${author}${publication.year ?? ''}${word}`;
}

/**
 * Keys for a whole list, unique across it, by slug. When papers share a key, the oldest keeps it
 * and later ones get `b`, `c`, …, so adding a new paper never changes the key of an older one that
 * someone has already cited.
 */
export function uniqueCitationKeys(
  publications: readonly Pick<PublicationView, 'slug' | 'authors' | 'year' | 'title' | 'date'>[],
): Map<string, string> {
  const oldestFirst = [...publications].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.slug.localeCompare(b.slug),
  );
  const bases = oldestFirst.map((publication) => baseCitationKey(publication));
  // Reserve every base key first, so a suffixed key never steals another paper's natural key.
  const used = new Set(bases);
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  oldestFirst.forEach((publication, index) => {
    const base = bases[index]!;
    let key = base;
    if (seen.has(base)) {
      let suffix = 'b'.charCodeAt(0);
      let counter = 0;
      do {
        key = suffix <= 'z'.charCodeAt(0) ? base + String.fromCharCode(suffix++) : `${base}${++counter}`;
      } while (used.has(key));
      used.add(key);
    }
    seen.add(base);
    keys.set(publication.slug, key);
  });
  return keys;
}

/**
 * JSON-LD for search engines: a paper page's `ScholarlyArticle` (in readable text: search engines
 * show strings as they are, so `$\epsilon$` is written ε), the home page's `ProfilePage`,
 * and their safe serialisation into a `<script type="application/ld+json">` element.
 */
import type { PublicationView } from './publication-view.ts';
import { texToText } from './exports/tex-to-text.ts';
import { publicationLinks } from './publication-links.ts';

export interface ScholarlyArticleContext {
  /** The paper page's absolute URL; undefined without a configured site. */
  url: string | undefined;
  /** The social image's absolute URL; undefined without a configured site. */
  image: string | undefined;
  /** Topic labels, for `keywords`. */
  topicLabels: string[];
}

export function scholarlyArticle(
  publication: PublicationView,
  context: ScholarlyArticleContext,
): Record<string, unknown> {
  const sameAs = publicationLinks(publication)
    .filter((link) => link.kind === 'arxiv' || link.kind === 'doi')
    .map((link) => link.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: texToText(publication.title),
    name: texToText(publication.title),
    author: publication.authors.map((name) => ({ '@type': 'Person', name })),
    ...(publication.date ? { datePublished: publication.date } : {}),
    ...(publication.abstract ? { abstract: texToText(publication.abstract) } : {}),
    ...(publication.venue ? { isPartOf: { '@type': 'CreativeWork', name: texToText(publication.venue) } } : {}),
    ...(publication.doi ? { identifier: `https://doi.org/${publication.doi}` } : {}),
    ...(context.topicLabels.length > 0 ? { keywords: context.topicLabels.join(', ') } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(context.url ? { url: context.url } : {}),
    ...(context.image ? { image: context.image } : {}),
  };
}

export interface ProfileContext {
  /** The home page's absolute URL. */
  url: string;
  name: string;
  headline?: string | undefined;
  affiliation?: string | undefined;
  email?: string | undefined;
  /** The owner's links (Scholar, GitHub…): `sameAs`. */
  links: readonly string[];
}

/** The home page's JSON-LD: a `ProfilePage` about the owner. */
export function profilePage(profile: ProfileContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: profile.url,
    mainEntity: {
      '@type': 'Person',
      name: profile.name,
      ...(profile.headline ? { description: profile.headline } : {}),
      ...(profile.affiliation ? { affiliation: { '@type': 'Organization', name: profile.affiliation } } : {}),
      ...(profile.email ? { email: `mailto:${profile.email}` } : {}),
      ...(profile.links.length > 0 ? { sameAs: [...profile.links] } : {}),
    },
  };
}

/**
 * JSON inside a `<script>` element ends at the first `</script>`, whatever the JSON says, and an
 * HTML comment opener changes how the parser reads the rest. Escaping `<`, `>` and `&` as JSON
 * unicode escapes keeps the value identical and the element unbreakable; U+2028/2029 are escaped
 * for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * `/publications.json`: the versioned, documented export other tools build on.
 *
 * The zod schema below *is* the contract (docs/exports.md documents it field by field):
 * tests validate the built file against it, so a renamed field fails the build's tests instead of
 * breaking someone's lab page. Rules: every key is always present, a missing value is `null`; lists
 * are newest first; URLs are absolute, except the site's own when no `site` is configured, which are
 * then paths from the site's root (`/publications/x/`) rather than a made-up address. Adding a field is fine within a version; renaming, removing
 * or changing the meaning of one raises the version. Version 2: `title` became readable text (its TeX
 * moved to `titleTex`), and links are root-relative paths when no site address is set.
 */
import { z } from 'astro/zod';
import type { PublicationView } from '../publication-view.ts';
import { completeLinks, namedLinkKeys } from './links.ts';
import { texToText } from './tex-to-text.ts';
import { paperBibtexUrl, paperUrl, homeUrl, type SiteLocation } from './site-urls.ts';

const url = z.url({ protocol: /^https?$/ });
/** A page of this site: absolute with a configured `site`, else a path from the site's root. */
const siteLink = z.union([url, z.string().regex(/^\/[^\s/]?\S*$/, 'Expected a path from the site root')]);
const nullableText = z.string().min(1).nullable();

export const exportedLinksSchema = z
  .object({
    arxiv: url.nullable(),
    pdf: url.nullable(),
    code: url.nullable(),
    doi: url.nullable(),
    project: url.nullable(),
  })
  // The owner's own links (`slides`, `video`, …) follow under their own names.
  .catchall(url);

export const exportedPublicationSchema = z.strictObject({
  /** Stable identifier: the page's slug. */
  id: z.string().min(1),
  /** Readable text: math as Unicode (`ε`, `O(√T)`), for places that show text. */
  title: z.string().min(1),
  /** As published, math as `$…$` TeX, for pages that render math. */
  titleTex: z.string().min(1),
  authors: z.array(z.string().min(1)),
  /** True when the list ends in "et al." in every source we had. */
  authorsTruncated: z.boolean(),
  /** As precise as the documents give it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  year: z.number().int().nullable(),
  venue: nullableText,
  arxiv: nullableText,
  doi: nullableText,
  links: exportedLinksSchema,
  /** Topic slugs, best first; labels are in the top-level `topics`. */
  topics: z.array(z.string().min(1)),
  /** Plain text; paragraphs separated by a blank line; math kept as `$…$` TeX. */
  abstract: nullableText,
  featured: z.boolean(),
  /** The paper's page on this site. */
  url: siteLink,
  /** This paper's BibTeX file. */
  bibtex: siteLink,
  /** Its citation key, unique across this site, as used in `/publications.bib`. */
  citationKey: z.string().min(1),
});

export const exportedTopicSchema = z.strictObject({ slug: z.string().min(1), label: z.string().min(1) });

export const ownerSchema = z.strictObject({
  name: nullableText,
  headline: nullableText,
  affiliation: nullableText,
  /** The site's home page. */
  url: siteLink,
});

export const publicationsExportSchema = z.strictObject({
  version: z.literal(2),
  owner: ownerSchema,
  /** Every topic used by at least one publication, in the order of `content/topics.yaml`. */
  topics: z.array(exportedTopicSchema),
  publications: z.array(exportedPublicationSchema),
});

export type PublicationsExport = z.infer<typeof publicationsExportSchema>;
export type ExportedPublication = z.infer<typeof exportedPublicationSchema>;

export interface ExportContext {
  location: SiteLocation;
  owner: { name: string | null; headline?: string | undefined; affiliation?: string | undefined };
  /** slug → label, in taxonomy order. */
  topicLabels: ReadonlyMap<string, string>;
  /** slug → citation key, from `uniqueCitationKeys`. */
  citationKeys: ReadonlyMap<string, string>;
}

/** `publications` must already be newest first (as `loadPublications` gives them). */
export function toPublicationsExport(
  publications: readonly PublicationView[],
  context: ExportContext,
): PublicationsExport {
  const usedTopics = new Set(publications.flatMap((publication) => publication.topics));
  const labelled = [...context.topicLabels]
    .filter(([slug]) => usedTopics.has(slug))
    .map(([slug, label]) => ({ slug, label }));
  const unlabelled = [...usedTopics]
    .filter((slug) => !context.topicLabels.has(slug))
    .sort()
    .map((slug) => ({ slug, label: slug }));
  return {
    version: 2,
    owner: {
      name: context.owner.name || null,
      headline: context.owner.headline || null,
      affiliation: context.owner.affiliation || null,
      url: homeUrl(context.location),
    },
    topics: [...labelled, ...unlabelled],
    publications: publications.map((publication) => toExportedPublication(publication, context)),
  };
}

function toExportedPublication(publication: PublicationView, context: ExportContext): ExportedPublication {
  const links: Record<string, string | null> = Object.fromEntries(namedLinkKeys.map((key) => [key, null]));
  for (const [key, href] of completeLinks(publication)) links[key] = href;
  return {
    id: publication.slug,
    title: texToText(publication.title),
    titleTex: publication.title,
    authors: publication.authors,
    authorsTruncated: publication.authorsTruncated ?? false,
    date: publication.date ?? null,
    year: publication.year,
    venue: publication.venue ?? null,
    arxiv: publication.arxiv ?? null,
    doi: publication.doi ?? null,
    // zod's catch-all type cannot say "null only for the named keys"; the schema checks it at test time.
    links: links as ExportedPublication['links'],
    topics: publication.topics,
    abstract: publication.abstract || null,
    featured: publication.featured,
    url: paperUrl(context.location, publication.slug),
    bibtex: paperBibtexUrl(context.location, publication.slug),
    citationKey: context.citationKeys.get(publication.slug) ?? publication.slug,
  };
}

/**
 * The compact data that `embed.js` carries: only what the list shows, prepared at build time so the
 * component stays small (math as text, owner positions found, links completed and checked).
 */
import type { EmbedData, EmbedItem } from '../../client/embed/data.ts';
import type { PublicationView } from '../publication-view.ts';
import { completeLinks, linkLabel } from './links.ts';
import { ownerAuthorIndexes } from './owner-authors.ts';
import { homeUrl, paperUrl, type SiteLocation } from './site-urls.ts';
import { texToText } from './tex-to-text.ts';

export interface EmbedDataContext {
  location: SiteLocation;
  ownerName: string | null;
  /** Every spelling of the owner's name, to highlight in author lists. */
  ownerNames: readonly string[];
  topicLabels: ReadonlyMap<string, string>;
}

/** `publications` newest first. */
export function toEmbedData(publications: readonly PublicationView[], context: EmbedDataContext): EmbedData {
  const used = new Set(publications.flatMap((publication) => publication.topics));
  return {
    home: homeUrl(context.location),
    owner: context.ownerName,
    topics: Object.fromEntries([...used].sort().map((slug) => [slug, context.topicLabels.get(slug) ?? slug])),
    items: publications.map((publication) => toEmbedItem(publication, context)),
  };
}

function toEmbedItem(publication: PublicationView, context: EmbedDataContext): EmbedItem {
  const item: EmbedItem = {
    t: texToText(publication.title),
    a: publication.authors,
    o: ownerAuthorIndexes(publication.authors, context.ownerNames),
    u: paperUrl(context.location, publication.slug),
    k: publication.topics,
    l: completeLinks(publication).map(([key, href]) => [linkLabel(key), href]),
  };
  if (publication.authorsTruncated) item.e = 1;
  if (publication.year !== null) item.y = publication.year;
  if (publication.venue) item.v = publication.venue;
  return item;
}

/**
 * The publication data that the build inlines into `embed.js`. Short keys keep the file small; the
 * build prepares everything (math as text, owner positions, complete http(s) links), so the
 * component only filters and renders.
 */
export interface EmbedData {
  /** The site's home page: the "all publications" link. */
  home: string;
  /** Shown in the "all publications" link. */
  owner: string | null;
  /** Topic slug → label. */
  topics: Record<string, string>;
  /** Newest first. */
  items: EmbedItem[];
}

export interface EmbedItem {
  /** Title, math as text. */
  t: string;
  /** Authors as printed. */
  a: string[];
  /** Positions in `a` of the site's owner. */
  o: number[];
  /** True when the author list ends in "et al.". */
  e?: 1;
  /** Year, when known. */
  y?: number;
  /** Venue, when published. */
  v?: string;
  /** The paper's page, absolute. */
  u: string;
  /** Topic slugs. */
  k: string[];
  /** Links: [label, absolute http(s) URL]. */
  l: [string, string][];
}

/**
 * Which papers `npm run enrich` asks arXiv about: those with an arXiv id whose record is incomplete
 * — an author list that ends in "et al.", no type, no venue for a work that is not a preprint, or a
 * category without its archive (`CL` rather than `cs.CL`) — and whose arXiv record is not among the
 * sources yet (it would say nothing new; `npm run add -- <id>` refreshes one on purpose).
 */

export interface PaperFields {
  /** The file name, for messages. */
  slug: string;
  data: Record<string, unknown>;
}

export interface IncompletePaper {
  slug: string;
  arxiv: string;
  /** What is missing, for the report: "author list ends in et al.", "no venue". */
  missing: string[];
}

export function incompletePapers(papers: readonly PaperFields[], idsWithRecords: ReadonlySet<string>): IncompletePaper[] {
  return papers.flatMap(({ slug, data }) => {
    const arxiv = typeof data['arxiv'] === 'string' ? data['arxiv'] : undefined;
    if (!arxiv || idsWithRecords.has(arxiv)) return [];
    const missing = [
      data['authorsTruncated'] === true ? 'author list ends in et al.' : undefined,
      data['type'] === undefined ? 'no type' : undefined,
      data['venue'] === undefined && data['type'] !== 'preprint' ? 'no venue' : undefined,
      typeof data['category'] === 'string' && !/[.-]|^[a-z]/.test(data['category']) ? 'category without its archive' : undefined,
    ].filter((reason): reason is string => reason !== undefined);
    return missing.length > 0 ? [{ slug, arxiv, missing }] : [];
  });
}

/** The ids in requests of at most `size`, in order. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * arXiv identifiers: new-style `2405.14734v3` and old-style `hep-th/9901001v2`, with or without an
 * `arXiv:` prefix. Publications store them without the version, so versions of a paper are one paper.
 */

/** Matches an id anywhere in text; group 1 is the id without its version. */
export const arxivIdPattern = /(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/** The id without version, or undefined when `text` holds no arXiv id. */
export function parseArxivId(text: string): string | undefined {
  return arxivIdPattern.exec(text)?.[1];
}

/**
 * The month an arXiv id encodes (`2401.01234` → `2024-06`). Only new-style ids (2007 onwards) carry
 * one reliably; old-style ids give `YYMM` too, after the slash.
 */
export function monthOfArxivId(id: string): string | undefined {
  const yymm = /^(\d{2})(\d{2})\./.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!yymm) return undefined;
  const [, yy = '', mm = ''] = yymm;
  const month = Number(mm);
  if (month < 1 || month > 12) return undefined;
  const year = Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy);
  return `${year}-${mm}`;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

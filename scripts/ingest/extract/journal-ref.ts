/**
 * An arXiv `journal_ref` ("Phys. Rev. Lett. 123, 041101 (2019)") read into its parts: the journal
 * is the venue, and volume, issue, pages and year are kept apart instead of shown as the venue.
 *
 * arXiv leaves the field free text, so the common shapes are tried in turn; what matches none keeps
 * the text as the journal, without a trailing year.
 *   Journal 123, 4567 (2019)            Journal 21(140):1-67, 2020      Journal 900:12 (2020)
 *   Journal, Vol. 48, No. 3, pp. 1-26, 2020                            JHEP 05 (2021) 123
 *   Proceedings of …, PMLR 202:1234-1250, 2023     Phys.Rev. D60 (1999) 044001     Journal (2020)
 */

export interface JournalRef {
  journal: string;
  volume?: string;
  issue?: string;
  pages?: string;
  year?: string;
}

const year = String.raw`(?<year>(?:19|20)\d{2})`;
const pages = String.raw`(?<pages>[A-Za-z]?\d+(?:\s*[-–—]+\s*[A-Za-z]?\d+)?)`;
const shapes = [
  // Journal [Vol.] 123 [(4) | No. 4], [pp.] 1-20 [,] [(2019)]
  new RegExp(
    String.raw`^(?<journal>.+?)[,\s]+(?:vol(?:ume)?\.?\s*)?(?<volume>\d+[A-Z]?)\s*(?:\((?<issue>[^)]+)\)|,?\s*no\.?\s*(?<issue2>\d+))?\s*[,:]\s*(?:pp?\.?\s*)?${pages}\s*(?:[,.]?\s*\(?${year}\)?)?$`,
    'i',
  ),
  // JHEP 05 (2021) 123, Phys.Rev. D60 (1999) 044001
  new RegExp(String.raw`^(?<journal>.+?)\s*(?<volume>\d+)\s*\(${year}\)\s*,?\s*${pages}$`),
  // Journal 12 (2020)
  new RegExp(String.raw`^(?<journal>.+?)[,\s]+(?:vol(?:ume)?\.?\s*)?(?<volume>\d+)\s*[,]?\s*\(${year}\)$`, 'i'),
  // Journal (2020) | Journal, 2020
  new RegExp(String.raw`^(?<journal>.+?)[,\s]*\(?${year}\)?$`),
];

export function parseJournalRef(text: string): JournalRef {
  const reference = text.replace(/\s+/g, ' ').replace(/[\s.;]+$/, '').trim();
  for (const shape of shapes) {
    const groups = shape.exec(reference)?.groups;
    if (!groups?.['journal'] || /^\W*$/.test(groups['journal'])) continue;
    const issue = groups['issue'] ?? groups['issue2'];
    return {
      journal: groups['journal'].replace(/[\s,:;]+$/, '').replace(/^(?:published|accepted|to appear|appears?)\s+(?:in|at|to|for)\s+/i, ''),
      ...(groups['volume'] ? { volume: groups['volume'] } : {}),
      ...(issue ? { issue } : {}),
      ...(groups['pages'] ? { pages: groups['pages'].replace(/\s*[-–—]+\s*/, '–') } : {}),
      ...(groups['year'] ? { year: groups['year'] } : {}),
    };
  }
  return { journal: reference };
}

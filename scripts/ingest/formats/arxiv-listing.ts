/**
 * An arXiv listing: per paper an abstract, an optional comment line, `arXiv:ID` on its own line and
 * `Created: YYYY-MM-DD`, papers separated by blank lines.
 */
import type { DocumentFormat } from '../model.ts';
import { parseArxivStream } from './arxiv-stream.ts';

export const arxivListing: DocumentFormat = {
  name: 'arxiv-listing',
  label: 'arXiv listing',
  detect: (text) => /^\s*arXiv:\S+\s*$/m.test(text) && /^\s*Created:\s*\d{4}-\d{2}-\d{2}\s*$/m.test(text),
  parse: (document) => ({ subject: { kind: 'unspecified' }, ...parseArxivStream(document) }),
};

/**
 * A glued abstract stream: each abstract is followed by `arXiv:ID`, and the next abstract starts
 * right after the id with no separator (`…results.\narXiv:2401.01234Enabling large…`).
 */
import type { DocumentFormat } from '../model.ts';
import { paperEndingIds, parseArxivStream } from './arxiv-stream.ts';

export const gluedAbstractStream: DocumentFormat = {
  name: 'glued-abstract-stream',
  label: 'glued abstract stream',
  detect: (text) => paperEndingIds(text).length >= 1,
  parse: (document) => ({ subject: { kind: 'unspecified' }, ...parseArxivStream(document) }),
};

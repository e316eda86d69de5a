/** Format detection: a table of formats, the first whose `detect` accepts the text wins. */
import type { DocumentFormat } from './model.ts';

export function detectFormat(text: string, formats: readonly DocumentFormat[]): DocumentFormat | undefined {
  return formats.find((format) => format.detect(text));
}

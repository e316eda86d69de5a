/** A problem worth telling the owner about, tied to a document and, where known, a line. */
export interface Diagnostic {
  level: 'error' | 'warning';
  /** The document's file name or an output path. */
  file: string;
  line?: number;
  message: string;
}

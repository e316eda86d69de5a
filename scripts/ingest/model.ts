/**
 * The shapes that flow through the ingest pipeline:
 *
 *   read → decode → detect format → parse → decide ownership → resolve duplicates → merge fields
 *        → tag topics → assign slugs → reconcile with files on disk → render MDX → write
 *
 * Only the first and last stages touch the disk; every stage in between is a pure function of these.
 */
import type { Diagnostic } from '../../src/lib/diagnostic.ts';
import type { PersonName, PublicationType } from '../../src/schema/publication.ts';

export type { PublicationType };

/** A file from `content/sources/`, as bytes, before anything is assumed about it. */
export interface RawDocument {
  /** The file name relative to the sources folder; it names the document in every message. */
  name: string;
  bytes: Uint8Array;
}

/** A document decoded to text: UTF-8, byte-order mark removed, line endings normalised to `\n`. */
export interface SourceDocument {
  name: string;
  text: string;
}

/**
 * How trustworthy a kind of claim is. Lower ranks win; see `resolve/precedence.ts` for how each field
 * uses them. Registry records (arXiv's own API, BibTeX the owner keeps) outrank scraped pages.
 */
export type Authority = 'registry' | 'bibliography' | 'listing' | 'aggregator' | 'trending';

/** A date as precise as the document gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface DateClaim {
  value: string;
  /** Where it came from, for precedence: an arXiv id or a `Created:` line beats an aggregator's date. */
  kind: 'created' | 'published' | 'arxiv-id' | 'bibliography' | 'aggregator';
}

/** One paper as one document describes it. Every field but the provenance is optional. */
export interface SourceRecord {
  /** The document's file name. */
  source: string;
  /** The 1-based line the record starts on, for messages. */
  line: number;
  authority: Authority;
  title?: string;
  authors?: string[];
  /** The author list ends in "et al." or gives only a count. */
  authorsTruncated?: boolean;
  /** Plain text; `$…$` math kept as written. */
  abstract?: string;
  /** Without version suffix. */
  arxiv?: string;
  doi?: string;
  date?: DateClaim;
  venue?: string;
  category?: string;
  links?: RecordLinks;
  /** The kind of work, as the source says it (entry type, arXiv record); never guessed from the venue. */
  type?: PublicationType;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
  /** The institution of a report, the school of a thesis. */
  institution?: string;
  editors?: string[];
  isbn?: string;
  /** `authors` in parts, parallel to it (see `authorNames` in the schema). */
  authorNames?: PersonName[];
  /** al-folio's display fields (see the schema). */
  abbr?: string;
  award?: string;
  preview?: string;
  bibtexShow?: boolean;
  /** The bibliography marks the entry as selected (al-folio's `selected = {true}`). */
  featured?: boolean;
  /** How often the source says the work was cited, and when it said so. */
  citations?: CitationClaim;
}

export interface CitationClaim {
  count: number;
  /** The service that counted ("Google Scholar", "OpenAlex"). */
  source: string;
  /** `YYYY-MM-DD` when the document says when it was taken. */
  date?: string;
}

export interface RecordLinks {
  code?: string;
  pdf?: string;
  project?: string;
  doi?: string;
  /** The publisher's HTML page (al-folio's `html`). */
  html?: string;
  video?: string;
  slides?: string;
  poster?: string;
  blog?: string;
  supplement?: string;
}

/** A record a parser left out on purpose, and why: it is listed in the report. */
export interface SkippedEntry {
  line: number;
  title?: string;
  reason: string;
}

/** A statistic a document prints about its owner ("1,749 citations"). */
export interface DocumentStat {
  label: string;
  value: string;
  /** The year the document was captured, when it tells (shown as "as of 2026"). */
  year?: number;
  /** When the figure was taken (`YYYY-MM-DD`), when the document says. */
  date?: string;
}

/**
 * Whom a document is about, as far as the document itself says. Ownership (`ownership.ts`) turns this
 * into "contributes publications" or "does not".
 */
export type DocumentSubject =
  /** A listing with no author information, such as an arXiv listing the owner saved: assumed theirs. */
  | { kind: 'unspecified' }
  /** A page about one named person: a profile page. */
  | { kind: 'person'; name: string }
  /** A page of other people's work: trending or daily papers, search results. */
  | { kind: 'others'; description: string }
  /** Records carry full author lists (BibTeX, arXiv Atom); each is checked against the owner's name. */
  | { kind: 'per-record' };

/** A problem worth telling the owner about; shared with the site, so it lives in `src/lib/`. */
export type { Diagnostic };

/** What a format's parser makes of one document. */
export interface ParsedDocument {
  subject: DocumentSubject;
  records: SourceRecord[];
  stats?: DocumentStat[];
  diagnostics?: Diagnostic[];
  /** Entries that are not papers of anyone (a proceedings volume), skipped with a reason. */
  skipped?: SkippedEntry[];
}

/**
 * One supported document format. Detection looks at content only, never at the file name, so a
 * document saved as `.txt` or without an extension is still recognised.
 */
export interface DocumentFormat {
  /** A stable identifier used in the report (`arxiv-listing`). */
  name: string;
  /** How the report describes it to people. */
  label: string;
  /** How the site describes it to visitors, for the figures it reports ("a profile page"). */
  describedAs?: string;
  detect(text: string): boolean;
  parse(document: SourceDocument): ParsedDocument;
  /**
   * The parser decodes TeX in titles, abstracts and names itself (BibTeX, arXiv records). The other
   * formats' text is decoded after parsing (`stages/decode-tex.ts`): an arXiv listing or a profile
   * page copies abstracts with their `R\'{e}nyi` and `\emph{…}` as submitted.
   */
  decodesTex?: boolean;
}

/**
 * The ingest's memory of what it last wrote: per publication, identity keys (to recognise the
 * paper next time, whatever documents are added) and a hash of each generated value (to tell hand
 * edits from its own output). Stored as sorted JSON, so it is deterministic too.
 */
import { hash } from 'node:crypto';
import { z } from 'astro/zod';

export interface GeneratedFingerprint {
  /** `arxiv:…`, `doi:…`, `title:…`, `abstract:…`: any shared key means "the same paper". */
  keys: string[];
  /** Field name → hash of the value the ingest wrote. `links` is tracked per link as `links.code`. */
  fields: Record<string, string>;
  body: string;
}

export interface IngestState {
  version: 1;
  publications: Record<string, GeneratedFingerprint>;
  /** Hash of the `topics.yaml` the ingest last wrote: a different file is the owner's. */
  taxonomy?: string;
  /** Retired slug → the slug of the paper that absorbed it (`redirects.ts`): its URL leads there. */
  redirects?: Record<string, string>;
}

export const emptyState: IngestState = { version: 1, publications: {} };

export function hashOf(value: unknown): string {
  // The one-shot `hash` rather than `createHash(…).update(…).digest(…)`: the ingest hashes every
  // field of every paper, and the hash objects alone took 70 ms of a 10,000-paper ingest.
  return hash('sha256', stableJson(value), 'hex').slice(0, 16);
}

/** JSON with object keys sorted at every level. */
export function stableJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}

/** What a state file must hold; anything else was damaged (or written by hand) and is not trusted. */
const stateSchema = z.object({
  version: z.literal(1),
  publications: z.record(
    z.string(),
    z.object({ keys: z.array(z.string()), fields: z.record(z.string(), z.string()), body: z.string() }),
  ),
  taxonomy: z.string().optional(),
  redirects: z.record(z.string(), z.string()).optional(),
});

/** The state, and what was wrong with the file when it could not be used (then the state is empty). */
export interface StateRead {
  state: IngestState;
  problem?: string;
}

export function readState(text: string | undefined): StateRead {
  if (text === undefined) return { state: emptyState };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { state: emptyState, problem: `is not valid JSON (${(error as Error).message})` };
  }
  const parsed = stateSchema.safeParse(data);
  if (parsed.success) return { state: parsed.data as IngestState };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `\`${issue.path.join('.')}\`` : 'the file';
  return { state: emptyState, problem: `does not have the expected shape (${where}: ${issue?.message ?? 'invalid'})` };
}

export function parseState(text: string | undefined): IngestState {
  return readState(text).state;
}

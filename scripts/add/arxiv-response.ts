/**
 * Decides whether an arXiv API answer is worth saving: it must be an arXiv Atom feed, carry no API
 * error, and hold an entry for every id asked for. It reads the answer exactly as the ingest will, so
 * whatever passes here becomes a publication on the next build.
 */
import { arxivIdOfEntry } from '../ingest/formats/arxiv-atom.ts';
import { isArxivAtomFeed, readArxivFeed, type ArxivEntry } from '../ingest/formats/arxiv-atom/read-feed.ts';

export type CheckedArxivResponse = { ok: true; entries: ArxivEntry[] } | { ok: false; message: string };

export function checkArxivResponse(text: string, requestedIds: readonly string[]): CheckedArxivResponse {
  const what = requestedIds.join(', ');
  const malformed = (reason: string): CheckedArxivResponse => ({
    ok: false,
    message: `The arXiv API's answer for ${what} ${reason} Nothing was saved; try again in a minute.`,
  });
  if (!isArxivAtomFeed(text)) return malformed(`is not an arXiv Atom feed (it starts “${text.trim().slice(0, 60)}”).`);
  const reading = readArxivFeed(text);
  if (!reading.ok) return malformed(`${reading.message}${reading.line ? ` (line ${reading.line})` : ''}.`);

  const { entries, errors } = reading.feed;
  if (errors.length > 0) {
    const reasons = errors.map((error) => `“${error.message}”`).join('; ');
    return { ok: false, message: `The arXiv API refused ${what}: ${reasons}. Check the id against its arXiv page.` };
  }
  const found = new Map(
    entries.flatMap((entry) => {
      const id = arxivIdOfEntry(entry.id);
      return id && entry.title ? [[id, entry] as const] : [];
    }),
  );
  const missing = requestedIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `arXiv has no paper ${missing.join(', ')} (the API returned no entry for ${missing.length === 1 ? 'it' : 'them'}). Check the id against its arXiv page.`,
    };
  }
  return { ok: true, entries: requestedIds.flatMap((id) => found.get(id) ?? []) };
}

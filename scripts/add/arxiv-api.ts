/**
 * One request to the arXiv API, made politely: every id of a command goes into one `id_list`
 * request (arXiv asks for at most one request every three seconds), with a User-Agent that says who
 * is asking, and a timeout so a stalled connection cannot hang the command.
 */

export const arxivApiEndpoint = 'https://export.arxiv.org/api/query';
export const arxivRequestTimeoutMs = 15_000;
export const userAgent = 'research-profile/0.1 (static research-profile site generator; `npm run add`)';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The answer's bytes are kept as they came, because they are saved as they came. */
export type ArxivResponse = { ok: true; bytes: Uint8Array; text: string } | { ok: false; message: string };

/** `https://export.arxiv.org/api/query?id_list=2401.01234,hep-th/9901001&max_results=2` */
export function arxivQueryUrl(ids: readonly string[]): string {
  // Ids are validated before they get here, so they hold only characters that are safe in a query.
  return `${arxivApiEndpoint}?id_list=${ids.join(',')}&max_results=${ids.length}`;
}

export async function fetchArxivResponse(
  ids: readonly string[],
  fetch: Fetch,
  timeoutMs: number = arxivRequestTimeoutMs,
): Promise<ArxivResponse> {
  const url = arxivQueryUrl(ids);
  const what = ids.join(', ');
  try {
    const response = await fetch(url, {
      headers: { 'User-Agent': userAgent, Accept: 'application/atom+xml' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      const hint =
        response.status === 429 || response.status >= 500 ? ' arXiv is busy or down; try again in a minute.' : '';
      return { ok: false, message: `The arXiv API answered HTTP ${status} for ${what} (${url}).${hint}` };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { ok: true, bytes, text: new TextDecoder().decode(bytes) };
  } catch (error) {
    if (isTimeout(error)) {
      return {
        ok: false,
        message: `The arXiv API did not answer within ${timeoutMs / 1000} s for ${what}. Try again in a minute.`,
      };
    }
    return {
      ok: false,
      message: `Could not reach the arXiv API (export.arxiv.org) for ${what}: ${describe(error)}. Check the internet connection and try again.`,
    };
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** fetch reports network failures as `TypeError: fetch failed` with the real reason in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}

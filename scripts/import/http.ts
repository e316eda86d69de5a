/**
 * Requests to the open services, made politely: one at a time, at least `intervalMs` apart for each
 * service (their published rate limits), with a User-Agent that carries the owner's contact address,
 * and a timeout so a stalled connection cannot hang the command. Every failure becomes a sentence
 * that says what happened and what to do.
 */
import type { Fetch } from '../add/arxiv-api.ts';

export const requestTimeoutMs = 30_000;

export type Reply = { ok: true; text: string } | { ok: false; message: string };

export interface ClientOptions {
  fetch: Fetch;
  /** Resolves after `ms`; injected so tests do not wait. */
  wait: (ms: number) => Promise<void>;
  userAgent: string;
  timeoutMs?: number;
}

export interface Client {
  /** GETs `url` for `service`, waiting first if the service was asked less than `intervalMs` ago. */
  get(url: string, request: { service: string; what: string; intervalMs: number; headers?: Record<string, string> }): Promise<Reply>;
}

export function createClient(options: ClientOptions): Client {
  const lastRequest = new Map<string, number>();
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs;
  return {
    async get(url, { service, what, intervalMs, headers = {} }) {
      const last = lastRequest.get(service);
      if (last !== undefined) {
        const waited = Date.now() - last;
        if (waited < intervalMs) await options.wait(intervalMs - waited);
      }
      lastRequest.set(service, Date.now());
      try {
        const response = await options.fetch(url, {
          headers: { 'User-Agent': options.userAgent, ...headers },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) return { ok: false, message: statusMessage(service, what, response) };
        return { ok: true, text: await response.text() };
      } catch (error) {
        if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
          return { ok: false, message: `${service} did not answer within ${timeoutMs / 1000} s for ${what}. Try again later.` };
        }
        return { ok: false, message: `Could not reach ${service} (${new URL(url).host}) for ${what}: ${describe(error)}. Check the internet connection and try again.` };
      }
    },
  };
}

function statusMessage(service: string, what: string, response: Response): string {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 404) return `${service} knows no ${what} (${status}). Check the id.`;
  if (response.status === 429) {
    const retry = response.headers.get('retry-after');
    const after = retry && /^\d+$/.test(retry) ? `in ${retry} s` : 'later';
    return `${service} is limiting requests (${status}) for ${what}; try again ${after}.`;
  }
  if (response.status === 400) return `${service} refused the request for ${what} (${status}). Check the id.`;
  if (response.status >= 500) return `${service} is busy or down (${status}) for ${what}; try again later.`;
  return `${service} answered ${status} for ${what}.`;
}

/** fetch reports network failures as `TypeError: fetch failed` with the real reason in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}

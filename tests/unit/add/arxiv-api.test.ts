import { describe, expect, it, vi } from 'vitest';
import { arxivQueryUrl, fetchArxivResponse, type Fetch } from '../../../scripts/add/arxiv-api.ts';

describe('arxivQueryUrl', () => {
  it('asks for every id in one id_list request', () => {
    expect(arxivQueryUrl(['2406.13629', 'hep-th/9901001'])).toBe(
      'https://export.arxiv.org/api/query?id_list=2406.13629,hep-th/9901001&max_results=2',
    );
  });
});

describe('fetchArxivResponse', () => {
  it('identifies itself, sets a timeout and returns the bytes as they came', async () => {
    const body = '<feed xmlns="http://www.w3.org/2005/Atom"></feed>';
    const fetch = vi.fn<Fetch>(async () => new Response(body, { status: 200 }));
    const response = await fetchArxivResponse(['2406.13629'], fetch);
    expect(response).toEqual({ ok: true, text: body, bytes: new TextEncoder().encode(body) });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://export.arxiv.org/api/query?id_list=2406.13629&max_results=1');
    expect(new Headers(init?.headers).get('User-Agent')).toMatch(/^research-profile\//);
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('explains a network failure', async () => {
    const fetch: Fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND export.arxiv.org') }));
    expect(await fetchArxivResponse(['2406.13629'], fetch)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Could not reach the arXiv API \(export\.arxiv\.org\) for 2406\.13629: fetch failed \(getaddrinfo ENOTFOUND/,
      ),
    });
  });

  it('gives up after the timeout', async () => {
    // Like the real fetch: never answers, and rejects when its signal aborts.
    const fetch: Fetch = (_, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    expect(await fetchArxivResponse(['2406.13629'], fetch, 20)).toEqual({
      ok: false,
      message: 'The arXiv API did not answer within 0.02 s for 2406.13629. Try again in a minute.',
    });
  });

  it('reports an HTTP error with its status', async () => {
    const fetch: Fetch = async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' });
    expect(await fetchArxivResponse(['2406.13629'], fetch)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The arXiv API answered HTTP 503 Service Unavailable for 2406\.13629 .* try again in a minute\.$/,
      ),
    });
  });
});

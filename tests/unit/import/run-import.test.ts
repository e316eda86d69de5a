/**
 * `npm run import` end to end, against a temporary project and a fake `fetch` that answers with the
 * recorded responses in tests/fixtures/import/ (no network). Every failure must leave
 * content/sources/ exactly as it was.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fetch } from '../../../scripts/add/arxiv-api.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import { runImport } from '../../../scripts/import/run-import.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const recorded = (name: string) => readFile(join(fixtures, name), 'utf8');
const orcidId = '0000-0002-1847-5931';

type Route = [RegExp, () => Promise<Response> | Response];
/** A fetch that answers each URL with the first route whose pattern it matches, and fails the test otherwise. */
function serving(...routes: Route[]) {
  return vi.fn<Fetch>(async (url) => {
    const route = routes.find(([pattern]) => pattern.test(url));
    if (!route) throw new Error(`unexpected request ${url}`);
    return route[1]();
  });
}
const json = (text: string, status = 200, headers: Record<string, string> = {}) => new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } });

let root = '';
let sources = '';
let out: string[] = [];
let err: string[] = [];
let waits: number[] = [];
const build = vi.fn(async () => 0);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'import-project-'));
  sources = join(root, 'content/sources');
  await mkdir(sources, { recursive: true });
  await writeFile(join(root, 'content/profile.yaml'), 'name: Marisol Quintero-Vance\nemail: m.quintero@altiplano.example.edu\n');
  await writeFile(join(sources, 'notes.bib'), '@article{a, title={An existing document}, author={Marisol Quintero-Vance}, year={2020}}\n');
  out = [];
  err = [];
  waits = [];
});
afterEach(() => rm(root, { recursive: true, force: true }));

function runWith(argv: string[], fetch: Fetch, env: Record<string, string> = {}) {
  return runImport(argv, {
    root,
    fetch,
    formats: documentFormats,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    build,
    wait: async (ms) => {
      waits.push(ms);
    },
    env,
    timeoutMs: 50,
  });
}
const listing = () => readdir(sources).then((names) => names.sort());
const headersOf = (fetch: ReturnType<typeof serving>, call = 0) => new Headers(fetch.mock.calls[call]?.[1]?.headers);

describe('npm run import -- --orcid', () => {
  it('saves the ORCID record as it came, asking as JSON with the owner’s contact in the User-Agent', async () => {
    const answer = await recorded('orcid record with three works.json');
    const fetch = serving([/^https:\/\/pub\.orcid\.org\/v3\.0\/0000-0002-1847-5931\/record$/, () => json(answer)]);
    expect(await runWith(['--orcid', `https://orcid.org/${orcidId}`], fetch)).toBe(0);
    expect(await listing()).toEqual(['notes.bib', `orcid-${orcidId}.json`]);
    expect(await readFile(join(sources, `orcid-${orcidId}.json`), 'utf8')).toBe(answer);
    expect(headersOf(fetch).get('accept')).toBe('application/json');
    expect(headersOf(fetch).get('user-agent')).toMatch(/mailto:m\.quintero@altiplano\.example\.edu/);
    expect(out.join('\n')).toContain(`Saved content/sources/orcid-${orcidId}.json: 3 works from ORCID.`);
  });

  it('refuses an iD whose check digit is wrong, before asking anyone', async () => {
    const fetch = serving();
    expect(await runWith(['--orcid', '0000-0002-1847-5932'], fetch)).toBe(2);
    expect(fetch).not.toHaveBeenCalled();
    expect(err.join('\n')).toContain('its last digit should be 1');
  });

  it('refuses a record of someone else, and writes nothing', async () => {
    await writeFile(join(root, 'content/profile.yaml'), 'name: Ilse Vandermeer\n');
    const fetch = serving([/orcid\.org/, async () => json(await recorded('orcid record with three works.json'))]);
    expect(await runWith(['--orcid', orcidId], fetch)).toBe(1);
    expect(err.join('\n')).toContain('the document is the profile of Marisol Quintero-Vance, not of Ilse Vandermeer');
    expect(await listing()).toEqual(['notes.bib']);
  });
});

describe('npm run import -- --openalex', () => {
  it('asks for every page in the polite pool and saves the works as one answer', async () => {
    const whole = JSON.parse(await recorded('openalex works of one author.json')) as { results: unknown[] };
    const page = (results: unknown[], next: string | null) => json(JSON.stringify({ meta: { count: 3, per_page: 2, next_cursor: next }, results }));
    const fetch = serving(
      [/cursor=Ic3Rvc3Q/, () => page(whole.results.slice(2), 'IlastI')],
      [/cursor=IlastI/, () => page([], null)],
      [/cursor=\*/, () => page(whole.results.slice(0, 2), 'Ic3Rvc3Q')],
    );
    expect(await runWith(['--openalex', 'https://openalex.org/A5091847593'], fetch)).toBe(0);
    const first = new URL(fetch.mock.calls[0]?.[0] ?? '');
    expect(first.origin + first.pathname).toBe('https://api.openalex.org/works');
    expect(first.searchParams.get('filter')).toBe('author.id:A5091847593');
    expect(first.searchParams.get('mailto')).toBe('m.quintero@altiplano.example.edu');
    expect(fetch).toHaveBeenCalledTimes(3);
    const saved = JSON.parse(await readFile(join(sources, 'openalex-A5091847593.json'), 'utf8')) as { results: unknown[] };
    expect(saved.results).toEqual(whole.results);
    expect(out.join('\n')).toContain('2 works from OpenAlex');
  });

  it('finds the author by ORCID iD', async () => {
    const fetch = serving([/api\.openalex\.org/, async () => json(await recorded('openalex works of one author.json'))]);
    expect(await runWith(['--openalex', orcidId], fetch)).toBe(0);
    expect(new URL(fetch.mock.calls[0]?.[0] ?? '').searchParams.get('filter')).toBe(`author.orcid:${orcidId}`);
    expect(await listing()).toContain(`openalex-${orcidId}.json`);
  });

  it('says an author with no works has nothing to import', async () => {
    const fetch = serving([/api\.openalex\.org/, () => json('{"meta":{"count":0,"next_cursor":null},"results":[],"group_by":[]}')]);
    expect(await runWith(['--openalex', 'A123456789'], fetch)).toBe(1);
    expect(err.join('\n')).toBe('OpenAlex lists no works for A123456789. Check the id.\nNothing was imported.');
    expect(await listing()).toEqual(['notes.bib']);
  });
});

describe('npm run import -- --semantic-scholar and --dblp', () => {
  it('pages through Semantic Scholar a second apart, with the API key when one is set', async () => {
    const whole = JSON.parse(await recorded('semantic scholar papers of one author.json')) as { data: unknown[] };
    const fetch = serving(
      [/offset=0$/, () => json(JSON.stringify({ offset: 0, next: 1, data: whole.data.slice(0, 1) }))],
      [/offset=1$/, () => json(JSON.stringify({ offset: 1, data: whole.data.slice(1) }))],
    );
    expect(await runWith(['--semantic-scholar', '2091847593'], fetch, { SEMANTIC_SCHOLAR_API_KEY: 'test-key' })).toBe(0);
    expect(fetch.mock.calls[0]?.[0]).toMatch(/^https:\/\/api\.semanticscholar\.org\/graph\/v1\/author\/2091847593\/papers\?fields=title,abstract,externalIds,/);
    expect(headersOf(fetch).get('x-api-key')).toBe('test-key');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1000);
    const saved = JSON.parse(await readFile(join(sources, 'semantic-scholar-2091847593.json'), 'utf8')) as { data: unknown[] };
    expect(saved.data).toEqual(whole.data);
  });

  it('saves the DBLP person page under a file name without the pid’s slash', async () => {
    const answer = await recorded('dblp person page.xml');
    const fetch = serving([/^https:\/\/dblp\.org\/pid\/271\/4410\.xml$/, () => new Response(answer)]);
    expect(await runWith(['--dblp', 'https://dblp.org/pid/271/4410.html'], fetch)).toBe(0);
    expect(await readFile(join(sources, 'dblp-271_4410.xml'), 'utf8')).toBe(answer);
  });
});

describe('failures write nothing', () => {
  it('says so when the machine is offline', async () => {
    const fetch = vi.fn<Fetch>(async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND pub.orcid.org') });
    });
    expect(await runWith(['--orcid', orcidId], fetch)).toBe(1);
    expect(err.join('\n')).toBe(
      `Could not reach ORCID (pub.orcid.org) for ORCID iD ${orcidId}: fetch failed (getaddrinfo ENOTFOUND pub.orcid.org). Check the internet connection and try again.\nNothing was imported.`,
    );
    expect(await listing()).toEqual(['notes.bib']);
  });

  it('says when to try again after a rate limit, and keeps the other service’s answer unsaved', async () => {
    const fetch = serving(
      [/orcid\.org/, async () => json(await recorded('orcid record with three works.json'))],
      [/semanticscholar/, () => json('{"message":"Too Many Requests"}', 429, { 'retry-after': '60' })],
    );
    expect(await runWith(['--orcid', orcidId, '--semantic-scholar', '2091847593'], fetch)).toBe(1);
    expect(err.join('\n')).toContain('Semantic Scholar is limiting requests (HTTP 429) for author 2091847593; try again in 60 s.');
    expect(await listing()).toEqual(['notes.bib']);
  });

  it('names an id the service does not know', async () => {
    const fetch = serving([/dblp\.org/, () => new Response('Not Found', { status: 404 })]);
    expect(await runWith(['--dblp', '999/9999'], fetch)).toBe(1);
    expect(err.join('\n')).toBe('DBLP knows no person 999/9999 (HTTP 404). Check the id.\nNothing was imported.');
    expect(await listing()).toEqual(['notes.bib']);
  });
});

describe('npm run import -- --refresh', () => {
  it('asks again for every service and id already imported, replaces their answers, and leaves other documents alone', async () => {
    await copyFile(join(fixtures, 'orcid record with three works.json'), join(sources, `orcid-${orcidId}.json`));
    await writeFile(join(sources, 'openalex-A5091847593.json'), '{"meta":{"count":0},"results":[]}\n');
    await copyFile(join(fixtures, 'scholar profile with non-papers and a cut citation.json'), join(sources, 'gs_data.json'));
    const fresh = (await recorded('openalex works of one author.json')).replace(/"cited_by_count": 61/, '"cited_by_count": 64');
    const fetch = serving(
      [/orcid\.org/, async () => json(await recorded('orcid record with three works.json'))],
      [/api\.openalex\.org/, () => json(fresh)],
    );
    expect(await runWith(['--refresh'], fetch)).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await readFile(join(sources, 'openalex-A5091847593.json'), 'utf8')).toContain('"cited_by_count": 64');
    expect(await listing()).toEqual(['gs_data.json', 'notes.bib', 'openalex-A5091847593.json', `orcid-${orcidId}.json`]);
    expect(out.join('\n')).toContain(`Unchanged since the last import: content/sources/orcid-${orcidId}.json`);
    expect(out.join('\n')).toContain('Updated content/sources/openalex-A5091847593.json: 2 works from OpenAlex.');
  });

  it('has nothing to refresh in a project that imported nothing', async () => {
    const fetch = serving();
    expect(await runWith(['--refresh'], fetch)).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
    expect(out.join('\n')).toContain('nothing to refresh');
  });
});

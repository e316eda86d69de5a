/**
 * `npm run enrich` on a project, against recorded arXiv responses (tests/fixtures/arxiv-atom/): one
 * request per batch, answers saved as `npm run add` saves them, papers completed in place by the
 * next ingest, and nothing written when arXiv cannot be reached.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fetch } from '../../../scripts/add/arxiv-api.ts';
import { runEnrich } from '../../../scripts/enrich/run-enrich.ts';
import { splitPublicationFile } from '../../../src/lib/publication-file.ts';
import { runIngest } from '../../../scripts/ingest/run.ts';

const recorded = readFileSync(join(import.meta.dirname, '../../fixtures/arxiv-atom/tex in abstracts and a journal reference.xml'), 'utf8');

/** Answers like the arXiv API from the recorded feed: only the entries whose ids were asked for. */
const recordedArxiv: Fetch = async (url) => {
  const ids = new URL(url).searchParams.get('id_list')?.split(',') ?? [];
  const entries = [...recorded.matchAll(/ {2}<entry>[\s\S]*?<\/entry>\n/g)].map((match) => match[0]);
  const head = recorded.slice(0, recorded.indexOf('  <entry>'));
  const body = entries.filter((entry) => ids.some((id) => entry.includes(`/abs/${id}v`))).join('');
  return new Response(`${head}${body}</feed>\n`, { status: 200 });
};

const bibliography = [
  '@misc{garcia2023renyi,',
  '  title = {R\\\'{e}nyi Bounds for $\\epsilon$-Private Estimation on Gr\\"obner Bases},',
  '  author = {Garc{\\\'\\i}a, Luis and others},',
  '  eprint = {2311.04821}, archivePrefix = {arXiv}, year = {2023}',
  '}',
  '@inproceedings{delrosario2024streaming,',
  '  title = {Streaming Estimators under Heavy Tails},',
  '  author = {Del Rosario, Marta and Nyarko, Kwame},',
  '  eprint = {2402.05678}, archivePrefix = {arXiv}, year = {2024}',
  '}',
  '@article{garcia2022complete,',
  '  title = {A Complete Paper}, author = {Garc{\\\'\\i}a, Luis}, journal = {Ann. Stat.}, year = {2022},',
  '  eprint = {2201.00001}, archivePrefix = {arXiv}',
  '}',
].join('\n');

let root = '';
const sources = () => join(root, 'content/sources');
const papers = async () => {
  const folder = join(root, 'content/publications');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => {
        const read = splitPublicationFile(await readFile(join(folder, name), 'utf8'));
        if (!read.ok) throw new Error(name);
        return [name, read.file.data] as const;
      }),
    ),
  );
};
const environment = (fetch: Fetch, extra: { batchSize?: number } = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const pause = vi.fn(async () => {});
  return { out, err, pause, env: { root, fetch, out: (text: string) => out.push(text), err: (text: string) => err.push(text), pause, ...extra } };
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'enrich-test-'));
  await mkdir(sources(), { recursive: true });
  await writeFile(join(root, 'content/profile.yaml'), 'name: Luis García\naliases: [Marta Del Rosario]\n');
  await writeFile(join(sources(), 'papers.bib'), bibliography);
  await runIngest({ root });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm run enrich', () => {
  it('fetches the incomplete papers in one request, saves the answer, and the next ingest completes them in place', async () => {
    const before = await papers();
    const fetch = vi.fn(recordedArxiv);
    const { out, env } = environment(fetch);
    expect(await runEnrich(env)).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://export.arxiv.org/api/query?id_list=2311.04821,2402.05678&max_results=2');
    expect(out.join('\n')).toMatch(/Saved content\/sources\/arxiv-2311\.04821-and-1-more\.xml/);

    await runIngest({ root });
    const after = await papers();
    // Same files, same slugs: completed in place, nothing duplicated.
    expect([...after.keys()]).toEqual([...before.keys()]);
    const renyi = [...after.values()].find((data) => String(data['title']).startsWith('Rényi'));
    expect(renyi).toMatchObject({
      authors: ['Luis García', 'Anneke van der Berg'],
      venue: 'J. Mach. Learn. Res.',
      volume: '25',
      issue: '112',
      category: 'stat.ML',
    });
    expect(renyi?.['authorsTruncated']).toBeUndefined();
  });

  it('makes one request per batch, pausing between them as arXiv asks', async () => {
    const fetch = vi.fn(recordedArxiv);
    const { pause, env } = environment(fetch, { batchSize: 1 });
    expect(await runEnrich(env)).toBe(0);
    expect(fetch.mock.calls.map(([url]) => new URL(url).searchParams.get('id_list'))).toEqual(['2311.04821', '2402.05678']);
    expect(pause).toHaveBeenCalledTimes(1);
    expect(pause).toHaveBeenCalledWith(3000);
    expect((await readdir(sources())).sort()).toEqual(['arxiv-2311.04821.xml', 'arxiv-2402.05678.xml', 'papers.bib']);
  });

  it('says so when offline and writes nothing', async () => {
    const offline: Fetch = () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND export.arxiv.org') }));
    const { err, env } = environment(offline);
    expect(await runEnrich(env)).toBe(1);
    expect(err.join('\n')).toMatch(/Could not reach the arXiv API[\s\S]*Nothing was written/);
    expect(await readdir(sources())).toEqual(['papers.bib']);
  });

  it('writes nothing when a later batch fails, even though an earlier one succeeded', async () => {
    let calls = 0;
    const failSecond: Fetch = async (url, init) => (++calls === 2 ? new Response('busy', { status: 503 }) : recordedArxiv(url, init));
    const { err, env } = environment(failSecond, { batchSize: 1 });
    expect(await runEnrich(env)).toBe(1);
    expect(err.join('\n')).toMatch(/HTTP 503/);
    expect(await readdir(sources())).toEqual(['papers.bib']);
  });

  it('asks nothing once the records are there', async () => {
    await runEnrich(environment(recordedArxiv).env);
    const fetch = vi.fn(recordedArxiv);
    const { out, env } = environment(fetch);
    expect(await runEnrich(env)).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
    expect(out).toEqual(['Every paper with an arXiv id is complete or has its arXiv record already; nothing to fetch.']);
  });
});

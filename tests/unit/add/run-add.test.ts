/**
 * The add command end to end, against a temporary project and a fake `fetch` that answers with the
 * recorded responses in tests/fixtures/arxiv-atom. Every failure must leave content/sources/ untouched.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fetch } from '../../../scripts/add/arxiv-api.ts';
import { runAdd, type AddEnvironment } from '../../../scripts/add/run-add.ts';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/arxiv-atom');
const fixture = (name: string) => readFile(join(fixtures, name));

/** A fetch that answers every request with one recorded response. */
function answering(body: Uint8Array | string, status = 200) {
  return vi.fn<Fetch>(async () => new Response(typeof body === 'string' ? body : new Uint8Array(body), { status }));
}

let root = '';
let sources = '';
let out: string[] = [];
let err: string[] = [];
let build = vi.fn(async () => 0);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'add-project-'));
  sources = join(root, 'content/sources');
  await mkdir(sources, { recursive: true });
  await writeFile(join(sources, 'profile.txt'), 'an existing document\n');
  out = [];
  err = [];
  build = vi.fn(async () => 0);
});
afterEach(() => rm(root, { recursive: true, force: true }));

function add(argv: string[], fetch: Fetch = answering('unused')): Promise<number> {
  const environment: AddEnvironment = {
    root,
    cwd: root,
    fetch,
    formats: documentFormats,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    build,
    timeoutMs: 50,
  };
  return runAdd(argv, environment);
}

const listing = () => readdir(sources).then((names) => names.sort());

describe('npm run add -- <arXiv id or URL>', () => {
  it('saves the raw response as content/sources/arxiv-<id>.xml and says what to do next', async () => {
    const response = await fixture('single paper with affiliations.xml');
    const fetch = answering(response);
    expect(await add(['https://arxiv.org/abs/2406.13629v1'], fetch)).toBe(0);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[0]).toBe('https://export.arxiv.org/api/query?id_list=2406.13629&max_results=1');
    expect(await listing()).toEqual(['arxiv-2406.13629.xml', 'profile.txt']);
    expect(await readFile(join(sources, 'arxiv-2406.13629.xml'))).toEqual(response);
    expect(out.join('\n')).toContain(
      'Added content/sources/arxiv-2406.13629.xml: arXiv 2406.13629 “InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales” — Zhepei Wei, Wei-Lin Chen, Yu Meng',
    );
    expect(out.at(-1)).toMatch(/^Next: run `npm run build`/);
    expect(build).not.toHaveBeenCalled();
  });

  it('asks once for several ids and saves one document', async () => {
    const fetch = answering(await fixture('two papers in one response.xml'));
    expect(await add(['2406.13629', 'arXiv:2405.14734v2'], fetch)).toBe(0);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[0]).toContain('id_list=2406.13629,2405.14734&');
    expect(await listing()).toEqual(['arxiv-2406.13629-and-1-more.xml', 'profile.txt']);
  });

  it('replaces its own earlier record of the paper when added again', async () => {
    await writeFile(
      join(sources, 'arxiv-2405.14734.xml'),
      (await fixture('versioned id and wrapped title.xml')).toString().replace('2025-01-14', '2024-12-01'),
    );
    expect(await add(['2405.14734'], answering(await fixture('versioned id and wrapped title.xml')))).toBe(0);
    expect(await listing()).toEqual(['arxiv-2405.14734.xml', 'profile.txt']);
    expect(await readFile(join(sources, 'arxiv-2405.14734.xml'))).toEqual(
      await fixture('versioned id and wrapped title.xml'),
    );
    expect(out[0]).toMatch(/^Updated content\/sources\/arxiv-2405\.14734\.xml/);
  });

  it('rebuilds with --build', async () => {
    expect(await add(['2406.13629', '--build'], answering(await fixture('single paper with affiliations.xml')))).toBe(
      0,
    );
    expect(build).toHaveBeenCalledOnce();
  });

  const failures: [string, () => Promise<Fetch>, string[], RegExp][] = [
    [
      'the API’s error feed',
      async () => answering(await fixture('error feed for an unknown id.xml')),
      ['1234.12345'],
      /refused 1234\.12345: “incorrect id format/,
    ],
    [
      'an empty result',
      async () => answering(await fixture('empty result.xml')),
      ['2406.99999'],
      /arXiv has no paper 2406\.99999/,
    ],
    [
      'no network',
      async () => () => Promise.reject(new TypeError('fetch failed')),
      ['2406.13629'],
      /Could not reach the arXiv API/,
    ],
    [
      'a timeout',
      async () => (_, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      ['2406.13629'],
      /did not answer within/,
    ],
    ['HTTP 503', async () => answering('Service Unavailable', 503), ['2406.13629'], /answered HTTP 503/],
    [
      'a malformed response',
      async () => answering('<feed xmlns="http://www.w3.org/2005/Atom"><id>http://arxiv.org/api/x</id><entry>'),
      ['2406.13629'],
      /is not well-formed XML/,
    ],
    [
      'a response that is not a feed',
      async () => answering('{"error": "rate limited"}'),
      ['2406.13629'],
      /is not an arXiv Atom feed/,
    ],
  ];
  it.each(failures)('fails on %s, says why and writes nothing', async (_, makeFetch, argv, message) => {
    expect(await add(argv, await makeFetch())).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toMatch(/Nothing was added\.$/);
    expect(out).toEqual([]);
    expect(await listing()).toEqual(['profile.txt']);
  });

  it('refuses an argument that is neither, listing the accepted forms, without a request', async () => {
    const fetch = answering('unused');
    expect(await add(['2406.136'], fetch)).toBe(2);
    expect(err.join('\n')).toContain(
      'Accepted: a file (BibTeX .bib or any supported document), or an arXiv paper as 2401.01234, 2401.01234v2, arXiv:2401.01234',
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(await listing()).toEqual(['profile.txt']);
  });
});

describe('npm run add -- <file>', () => {
  const bibtex =
    '@inproceedings{wei2024instructrag,\n  title = {InstructRAG: Instructing Retrieval-Augmented Generation},\n  author = {Wei, Zhepei and Chen, Wei-Lin and Meng, Yu},\n  booktitle = {ICLR},\n  year = {2025},\n}\n';

  it('checks a .bib file and copies it in', async () => {
    await writeFile(join(root, 'papers.bib'), bibtex);
    expect(await add(['papers.bib'])).toBe(0);
    expect(await listing()).toEqual(['papers.bib', 'profile.txt']);
    expect(await readFile(join(sources, 'papers.bib'), 'utf8')).toBe(bibtex);
    expect(out[0]).toBe(
      'Added content/sources/papers.bib: BibTeX, “InstructRAG: Instructing Retrieval-Augmented Generation” — Zhepei Wei, Wei-Lin Chen, Yu Meng',
    );
  });

  it('takes a saved arXiv response like any other document', async () => {
    await writeFile(join(root, 'saved.xml'), await fixture('journal reference and DOI on an old-style id.xml'));
    expect(await add(['saved.xml'])).toBe(0);
    expect(await listing()).toEqual(['profile.txt', 'saved.xml']);
  });

  it('saves a dotfile under a visible name, since the ingest skips hidden files', async () => {
    await writeFile(join(root, '.papers.bib'), bibtex);
    expect(await add(['.papers.bib'])).toBe(0);
    expect(await listing()).toEqual(['papers.bib', 'profile.txt']);
  });

  it('says so and changes nothing when the same content is already there', async () => {
    await writeFile(join(sources, 'references.bib'), bibtex);
    await writeFile(join(root, 'papers.bib'), bibtex);
    expect(await add(['papers.bib'])).toBe(0);
    expect(out).toEqual([
      'Already in content/sources/references.bib, nothing to do: BibTeX, “InstructRAG: Instructing Retrieval-Augmented Generation” — Zhepei Wei, Wei-Lin Chen, Yu Meng',
    ]);
    expect(await listing()).toEqual(['profile.txt', 'references.bib']);
  });

  it('never overwrites a different document of the same name', async () => {
    await writeFile(join(sources, 'papers.bib'), '@misc{other, title = {Another paper}}\n');
    await writeFile(join(root, 'papers.bib'), bibtex);
    expect(await add(['papers.bib'])).toBe(0);
    expect(await listing()).toEqual(['papers-2.bib', 'papers.bib', 'profile.txt']);
    expect(await readFile(join(sources, 'papers.bib'), 'utf8')).toBe('@misc{other, title = {Another paper}}\n');
  });

  const refused: [string, string | Uint8Array, RegExp][] = [
    [
      'an unknown format',
      '{"title": "A paper"}\n',
      /^notes\.json is not a document the ingest understands\. Supported: arXiv API response \(Atom\), BibTeX/,
    ],
    [
      'a document with no publications',
      '@comment{nothing here}\n@misc{empty,\n}\n',
      /describes no publications|has (an error|\d+ errors)/,
    ],
    [
      'a text that is not UTF-8',
      new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xff, 0xfe, 0x41, 0xc3, 0xa9]),
      /^notes\.json:2 is not UTF-8 text/,
    ],
    ['an arXiv error response', '', /holds an arXiv API error/],
  ];
  it.each(refused)('refuses %s, naming the file, and writes nothing', async (what, content, message) => {
    const bytes = what === 'an arXiv error response' ? await fixture('error feed for an unknown id.xml') : content;
    await writeFile(join(root, 'notes.json'), bytes);
    expect(await add(['notes.json'])).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(await listing()).toEqual(['profile.txt']);
  });

  it('adds nothing at all when one of several arguments fails, and asks arXiv nothing', async () => {
    await writeFile(join(root, 'papers.bib'), bibtex);
    await writeFile(join(root, 'notes.json'), '{}\n');
    const fetch = answering(await fixture('single paper with affiliations.xml'));
    expect(await add(['papers.bib', 'notes.json', '2406.13629'], fetch)).toBe(1);
    expect(fetch).not.toHaveBeenCalled();
    expect(await listing()).toEqual(['profile.txt']);
  });
});

describe('when the site knows its owner', () => {
  const ownersPaper =
    '@article{a,\n  title = {A Paper by the Owner},\n  author = {Wei, Zhepei and Meng, Yu},\n  year = {2024},\n}\n';
  const someoneElses =
    '@article{b,\n  title = {Somebody Else’s Paper},\n  author = {Xia, Mengzhou},\n  year = {2024},\n}\n';

  it('refuses an arXiv paper the owner did not write (a mistyped id), and writes nothing', async () => {
    await writeFile(join(root, 'content/profile.yaml'), 'name: Zhepei Wei\n');
    expect(await add(['2405.14734'], answering(await fixture('versioned id and wrapped title.xml')))).toBe(1);
    expect(err.join('\n')).toMatch(
      /^arXiv 2405\.14734 is “Simple Preference Optimization .*” by Yu Meng, Mengzhou Xia, Danqi Chen: Zhepei Wei is not among its authors, so the site would leave it out\. Check the id\. If the paper spells your name differently, add that spelling to `aliases` in content\/profile\.yaml\./,
    );
    expect(await listing()).toEqual(['profile.txt']);
  });

  it('knows the owner from the last ingest when profile.yaml names none, and accepts their paper', async () => {
    await mkdir(join(root, 'content/generated'), { recursive: true });
    await writeFile(
      join(root, 'content/generated/site.json'),
      JSON.stringify({ owner: { name: 'Zhepei Wei', source: 'profile.txt' }, stats: [] }),
    );
    expect(await add(['2405.14734'], answering(await fixture('versioned id and wrapped title.xml')))).toBe(1);
    expect(await add(['2406.13629'], answering(await fixture('single paper with affiliations.xml')))).toBe(0);
  });

  it('warns about the entries of a file that the site will leave out', async () => {
    await writeFile(join(root, 'content/profile.yaml'), 'name: Zhepei Wei\n');
    await writeFile(join(root, 'papers.bib'), ownersPaper + someoneElses);
    expect(await add(['papers.bib'])).toBe(0);
    expect(err).toEqual([
      'warning: papers.bib:6: “Somebody Else’s Paper” will be left out: Zhepei Wei is not among its authors.',
    ]);
    expect(await listing()).toEqual(['papers.bib', 'profile.txt']);
  });

  it('refuses a file none of whose entries are the owner’s', async () => {
    await writeFile(join(root, 'content/profile.yaml'), 'name: Zhepei Wei\n');
    await writeFile(join(root, 'papers.bib'), someoneElses);
    expect(await add(['papers.bib'])).toBe(1);
    expect(err.join('\n')).toMatch(
      /^papers\.bib: the site would leave out its publication: Zhepei Wei is not among its authors\./,
    );
    expect(await listing()).toEqual(['profile.txt']);
  });
});

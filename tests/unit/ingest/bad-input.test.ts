/**
 * Bad input (issue section 9): each bad document gets a diagnostic naming the file (and line where
 * possible), the other documents are still processed, nothing already generated is lost, and what
 * is written stays valid YAML and MDX. Also: broken publication files are left alone, and an
 * interrupted folder swap is recovered.
 */
import { compile } from '@mdx-js/mdx';
import { cp, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../scripts/ingest/model.ts';
import { splitPublicationFile } from '../../../src/lib/publication-file.ts';
import { renderFrontmatter, renderPublicationFile } from '../../../scripts/ingest/render/mdx.ts';
import {
  cleanUpProjects,
  compileBody,
  fixturesRoot,
  makeProject,
  mdxTree,
  nodeTypes,
  validPublication,
  visibleText,
  type Project,
} from './helpers.ts';

cleanUpProjects();

const badInput = join(fixturesRoot, 'bad input');
const goodSources = join(fixturesRoot, 'second researcher/content');
const jsxNodes = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** A project with the second researcher's documents, ingested once. */
async function ingestedProject(): Promise<{ project: Project; before: Map<string, string> }> {
  const project = await makeProject({ copyContent: goodSources });
  await project.run();
  const before = new Map([...(await project.publicationFiles())].map(([slug, file]) => [slug, file.text]));
  expect(before.size).toBe(8);
  return { project, before };
}

/** Every publication written before is still there, byte for byte. */
async function expectNothingLost(project: Project, before: Map<string, string>): Promise<void> {
  for (const [slug, text] of before) expect(await project.read(`content/publications/${slug}.mdx`), slug).toBe(text);
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('a bad document among good ones', () => {
  const cases: [what: string, name: string, content: Uint8Array, diagnostic: Diagnostic][] = [
    ['an empty file', 'empty.txt', bytes(), { level: 'error', file: 'empty.txt', message: 'is empty.' }],
    [
      'a file of blank lines',
      'blank.txt',
      bytes('\n\n   \n'),
      { level: 'error', file: 'blank.txt', message: 'is empty.' },
    ],
    [
      'a binary file (NUL bytes)',
      'scan.pdf',
      bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n', [0x00, 0x01, 0x02]),
      { level: 'error', file: 'scan.pdf', message: 'is a binary file, not a text document.' },
    ],
    [
      // Latin-1 bytes among UTF-8 letters: damaged, not Latin-1 (a Latin-1 file is read, with a warning).
      'a damaged UTF-8 file',
      'damaged abstracts.txt',
      bytes(
        'Abstract: The first abstract is plain ASCII.\n\nAbstract: Caf',
        [0xe9],
        ' soci',
        [0xc3, 0xa9],
        't',
        [0xc3, 0xa9],
        ' is not UTF-8.\n',
      ),
      {
        level: 'error',
        file: 'damaged abstracts.txt',
        line: 3,
        message: expect.stringMatching(/^is not UTF-8 text \(invalid byte at offset 59\)/) as unknown as string,
      },
    ],
    [
      'a document in no known format',
      'letter.txt',
      bytes('Dear committee,\n\nplease find my papers attached.\n'),
      {
        level: 'error',
        file: 'letter.txt',
        message: expect.stringContaining('is in no format the ingest knows') as unknown as string,
      },
    ],
  ];

  it.each(cases)(
    'reports %s by name and processes the others, losing nothing',
    async (_, name, content, diagnostic) => {
      const { project, before } = await ingestedProject();
      await writeFile(join(project.sources, name), content);
      const report = await project.run();
      expect(report.diagnostics).toContainEqual(diagnostic);
      expect(report.documents.find((document) => document.name === name)).toMatchObject({
        format: null,
        records: 0,
        contributes: false,
      });
      expect(report.publications.total).toBe(8);
      await expectNothingLost(project, before);
    },
  );

  it(
    'reports a 50 MB document as too large, without reading it as text, and processes the others',
    { timeout: 60_000 },
    async () => {
      const { project, before } = await ingestedProject();
      const line = 'Abstract: A very long document that repeats itself to fill fifty megabytes of disk.\n';
      const huge = Buffer.alloc(50 * 1024 * 1024, line);
      await writeFile(join(project.sources, 'huge export.txt'), huge);
      const report = await project.run();
      expect(report.diagnostics).toContainEqual({
        level: 'error',
        file: 'huge export.txt',
        message: 'is too large to read (50.0 MB; the limit is 25.0 MB).',
      });
      expect(report.publications.total).toBe(8);
      await expectNothingLost(project, before);
    },
  );

  it('warns about a profile page cut off mid-entry, naming the file and line, and keeps what it holds', async () => {
    const project = await makeProject();
    await cp(join(badInput, 'a profile page cut off mid-entry.txt'), join(project.sources, 'profile.txt'));
    const report = await project.run();
    // The cut falls inside the abstract of the fourth paper, which starts on line 31; the file ends on line 36.
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'profile.txt',
      line: 36,
      message: expect.stringMatching(
        /^ends in the middle of the paper that starts on line 31; the document looks cut off/,
      ),
    });
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'profile.txt',
      message: expect.stringMatching(/^announces 6 papers but holds 4/),
    });
    const titles = [...(await project.publicationFiles()).values()].map((file) => file.data['title']);
    expect(titles).toHaveLength(4);
    expect(titles).toContain('Privacy Auditing for On-Device Speech Models');
  });

  it('warns about a profile page that ends right after a paper heading', async () => {
    const project = await makeProject();
    await project.write(
      'content/sources/profile.txt',
      'Jane Q. Doe\n\n2 Papers\n\nCLMar 2, 2024\nA Complete Paper\n\nJane Q. Doe\n\nAn abstract that is complete.\n\nCLMar 1, 2024\n',
    );
    const report = await project.run();
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: 'profile.txt',
      line: 12,
      message: expect.stringContaining('paper heading with no title after it'),
    });
    expect(report.publications.total).toBe(1);
  });
});

describe('text that HTML, YAML or MDX would misread', () => {
  it('escapes HTML and <script> in an abstract: the MDX compiles to text, with no script element', async () => {
    const project = await makeProject();
    await cp(join(badInput, 'an arXiv listing carrying html and a script.txt'), join(project.sources, 'listing.txt'));
    await project.run();
    const [file] = [...(await project.publicationFiles()).values()];
    if (!file) throw new Error('no publication');
    validPublication(file.data);
    const compiled = await compileBody(file.text);
    // The only elements are the paragraph and the links MDX makes of the URLs: no script, img, div or
    // component, which MDX would list among `_components` or report as missing.
    const elements = [...compiled.matchAll(/^\s+(\w+): "\w+",?$/gm)].map((match) => match[1]);
    expect(elements.sort()).toEqual(['a', 'p']);
    expect(compiled).not.toMatch(/_missingMdxReference|"script"|_components\.script/);
    const tree = mdxTree(file.body);
    for (const type of jsxNodes) expect(nodeTypes(tree).has(type), type).toBe(false);
    const text = visibleText(tree);
    expect(text).toContain("<script>alert('owned')</script>");
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('a <Component prop={1} /> and an unclosed <div that never ends');
    expect((file.data['links'] as Record<string, string>)['code']).toBe('https://github.com/example/injection');
  });

  it('writes titles with `: # \' "` and `---`, and abstracts with `{ } < >`, as valid YAML and MDX that read back exactly', async () => {
    const project = await makeProject();
    await cp(join(badInput, 'titles and abstracts that break yaml and mdx.txt'), join(project.sources, 'profile.txt'));
    const report = await project.run();
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    const files = [...(await project.publicationFiles()).values()];
    expect(files.map((file) => file.data['title']).sort()).toEqual([
      '--- Dashes --- and a key: value',
      "Learning: A \"Quoted\" Title # not a comment, it's 'fine'",
      '{Braces} and <Angles> in a Title: $\\frac{a}{b}$ & $5',
    ]);
    for (const file of files) {
      validPublication(file.data);
      await compileBody(file.text);
      const tree = mdxTree(file.body);
      for (const type of jsxNodes) expect(nodeTypes(tree).has(type), `${file.slug}: ${type}`).toBe(false);
      expect(
        nodeTypes(tree).has('heading') ||
          nodeTypes(tree).has('blockquote') ||
          nodeTypes(tree).has('list') ||
          nodeTypes(tree).has('thematicBreak'),
      ).toBe(false);
    }
    const quoted = files.find((file) => String(file.data['title']).startsWith('Learning'));
    expect(visibleText(mdxTree(quoted?.body ?? ''))).toBe(
      [
        "key: value pairs, # hashes and 'quotes' in the first line of an abstract must stay text.",
        '---',
        '{x | x < 5} and {y}: braces and angle brackets <T> stay text too, as do * stars * and _underscores_.',
        '> not a quote, 1. not a list, # not a heading',
      ].join('\n\n'),
    );
    const math = files.find((file) => String(file.data['title']).startsWith('{Braces}'));
    expect(visibleText(mdxTree(math?.body ?? ''))).toBe(
      'Math such as $\\frac{\\{a\\}}{b}$ and $x < y$ stays math, a lone $5 stays money, and <br/> stays text.',
    );

    // A second run reads every file back as the ingest wrote it: nothing changes.
    const again = await project.run();
    expect(again.publications.unchanged).toHaveLength(3);
    expect(again.keptEdits).toEqual([]);
  });
});

describe('the collection on disk', () => {
  it('reports a publication file with broken YAML with its line, and leaves it untouched', async () => {
    const { project, before } = await ingestedProject();
    const slug = 'privacy-auditing-for-on-device-speech-models';
    const path = `content/publications/${slug}.mdx`;
    const broken = (await project.read(path)).replace(/^date: .*$/m, 'date: [2024-11-12');
    await project.write(path, broken);
    const brokenLine = broken.split('\n').findIndex((line) => line.startsWith('date: [')) + 1;
    expect(brokenLine).toBeGreaterThan(1);

    const report = await project.run();
    const diagnostic = report.diagnostics.find((entry) => entry.file === `content/publications/${slug}.mdx`);
    expect(diagnostic).toMatchObject({ level: 'error', message: expect.stringContaining('invalid YAML') });
    // The parser notices the unclosed `[` on that line or the next.
    expect(diagnostic?.line).toBeGreaterThanOrEqual(brokenLine);
    expect(diagnostic?.line).toBeLessThanOrEqual(brokenLine + 1);
    expect(await project.read(path)).toBe(broken);
    expect(report.publications.kept).toEqual([slug]);
    before.delete(slug);
    await expectNothingLost(project, before);
  });

  it('reads back frontmatter whose title ends in `---` without cutting it there', () => {
    const read = splitPublicationFile('---\ntitle: Ends with ---\nauthors:\n  - A\n---\n\nBody\n');
    expect(read).toEqual({ ok: true, file: { data: { title: 'Ends with ---', authors: ['A'] }, body: 'Body\n' } });
    expect(splitPublicationFile('no frontmatter')).toMatchObject({ ok: false, line: 1 });
  });

  it('reads back exactly what the ingest writes, whatever YAML could take a value for', () => {
    // Written with the `yaml` library, read with js-yaml: values another type could claim must
    // come back as the strings they were.
    const values = ['0b101', '0x1F', '0o17', '017', '1e3', '.inf', '.NaN', 'true', 'True', 'yes', 'off', 'null', '~'];
    const tricky = [...values, '', '2024-05-01', '2024-05-01T10:00:00Z', '12:30', '+12', '-0', '<<', '? x', '- x'];
    const more = [
      'a: b',
      'x #y',
      '#x',
      '@x',
      '`x',
      '%x',
      '!x',
      '&x',
      '*x',
      '|',
      '>',
      "'x",
      '"x',
      '[x',
      ' x',
      'x ',
      '---',
    ];
    for (const value of [...tricky, ...more, 'two\nlines', 'Ünïcödé', '\u2028x']) {
      const data = { title: value, authors: [value], links: { project: value }, featured: true };
      const text = renderPublicationFile(renderFrontmatter(data), 'Body\n');
      expect(splitPublicationFile(text), JSON.stringify(value)).toEqual({ ok: true, file: { data, body: 'Body\n' } });
    }
    expect(splitPublicationFile('---\n---\n\nBody\n')).toMatchObject({ ok: false, line: 2 });
  });

  it('recovers from a swap interrupted after the old folder was moved aside', async () => {
    const { project, before } = await ingestedProject();
    // Interrupted between "publications → publications.backup" and "staging → publications".
    await rename(project.publications, `${project.publications}.backup`);
    await mkdir(`${project.publications}.staging`, { recursive: true });
    await writeFile(join(`${project.publications}.staging`, 'half-written.mdx'), '---\ntitle: Half');
    const report = await project.run();
    expect(report.publications.unchanged).toHaveLength(8);
    expect(report.publications.created).toEqual([]);
    await expectNothingLost(project, before);
    const contentFolder = await readdir(join(project.root, 'content'));
    expect(contentFolder.filter((name) => name.startsWith('publications'))).toEqual(['publications']);
  });

  it('recovers from a swap interrupted before the backup was removed, keeping the new collection', async () => {
    const { project, before } = await ingestedProject();
    await mkdir(`${project.publications}.backup`, { recursive: true });
    await writeFile(join(`${project.publications}.backup`, 'stale.mdx'), '---\ntitle: Stale\nauthors: []\n---\n');
    await project.run();
    await expectNothingLost(project, before);
    expect((await project.publicationFiles()).has('stale')).toBe(false);
    expect((await readdir(join(project.root, 'content'))).filter((name) => name.startsWith('publications'))).toEqual([
      'publications',
    ]);
  });

  it('compiles the escaped output with @mdx-js/mdx even where raw text would not compile', async () => {
    // The raw abstract is not valid MDX at all: escaping is what makes the file compile.
    await expect(
      compile('a <Component prop={1} /> and an unclosed <div that never ends', { remarkPlugins: [remarkMath] }),
    ).rejects.toThrow();
  });
});

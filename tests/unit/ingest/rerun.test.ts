/**
 * Running the ingest again (issue section 8): deterministic output, stable slugs, hand edits that
 * survive every run, and files of removed documents deleted unless edited by hand.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUpProjects, exampleSources, fixturesRoot, makeProject, type Project } from './helpers.ts';

cleanUpProjects();

const addedLater = join(fixturesRoot, 'documents added later');
const listing = '000_2254eadc51b93e53.txt';
const toolboxSlug = 'imbalanced-ensemble-abbreviated-as-imbens-is-an-open-source';

async function examples(): Promise<Project> {
  return makeProject({ copySources: exampleSources });
}

async function addDocument(project: Project, fixture: string): Promise<void> {
  await cp(join(addedLater, fixture), join(project.sources, fixture));
}

async function edit(project: Project, slug: string, change: (text: string) => string): Promise<void> {
  const path = `content/publications/${slug}.mdx`;
  const before = await project.read(path);
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${slug} changed nothing`);
  await project.write(path, after);
}

describe('running the ingest again', () => {
  it('writes byte-identical files from the same documents, state, taxonomy, site data and report included', async () => {
    const first = await examples();
    const second = await examples();
    await first.run();
    await second.run();
    const a = await first.snapshot();
    const b = await second.snapshot();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const path of [
      'content/publications/.ingest-state.json',
      'content/topics.yaml',
      'content/generated/site.json',
      'content/generated/ingest-report.json',
    ]) {
      expect(a.has(path), path).toBe(true);
    }
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });

  it('changes nothing when run again on its own output', async () => {
    const project = await examples();
    await project.run();
    const before = await project.snapshot();
    const report = await project.run();
    expect(report.publications.unchanged).toHaveLength(19);
    expect(report.publications.created).toEqual([]);
    expect(report.publications.updated).toEqual([]);
    expect(report.publications.deleted).toEqual([]);
    const after = await project.snapshot();
    for (const [path, text] of before) {
      if (path.endsWith('ingest-report.json')) continue; // this one says "unchanged" now
      expect(after.get(path), path).toBe(text);
    }
  });

  it('keeps every slug when documents are added: a new paper gets a new file, a known paper keeps its file', async () => {
    const project = await examples();
    await project.run();
    const before = new Set((await project.publicationFiles()).keys());
    expect(before.has(toolboxSlug)).toBe(true);

    await addDocument(project, "a new paper and the toolbox's real title.bib");
    const report = await project.run();
    const after = await project.publicationFiles();
    for (const slug of before) expect(after.has(slug), slug).toBe(true);
    expect(after.size).toBe(before.size + 1);
    expect(report.publications.created).toEqual(['calibrated-reward-models-for-long-horizon-agents']);

    // The toolbox now has its real title, under the slug it had.
    const toolbox = after.get(toolboxSlug);
    expect(toolbox?.data['title']).toBe('IMBENS: Ensemble Class-imbalanced Learning in Python');
    expect(toolbox?.data['titleDerived']).toBeUndefined();
    expect(toolbox?.data['sources']).toEqual([listing, "a new paper and the toolbox's real title.bib"]);
    const titles = [...after.values()].map((file) => file.data['title']);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set([...after.values()].map((file) => file.data['arxiv']).filter(Boolean)).size).toBe(13);
  });

  it('keeps hand edits (a corrected title, featured, an added paragraph, a slides link) on every run, even when new documents change the generated values', async () => {
    const project = await examples();
    await project.run();
    const instructRag = 'instructrag-instructing-retrieval-augmented-generation-via';
    const webAgent = 'webagent-r1-training-web-agents-via-end-to-end-multi-turn';
    const truthRl = 'truthrl-incentivizing-truthful-llms-via-reinforcement';
    const adaDecode = 'adadecode-accelerating-llm-decoding-with-adaptive-layer';
    const paragraph = 'We thank the anonymous reviewers for their comments.';

    await edit(project, instructRag, (text) =>
      text.replace(/^title: .*$/m, 'title: "InstructRAG: Instructing RAG via Self-Synthesized Rationales (corrected)"'),
    );
    await edit(project, webAgent, (text) => text.replace(/^sources:/m, 'featured: true\nsources:'));
    await edit(project, truthRl, (text) => `${text.trimEnd()}\n\n${paragraph}\n`);
    await edit(project, adaDecode, (text) =>
      text.replace(/^links:\n/m, 'links:\n  slides: https://example.org/adadecode-slides.pdf\n'),
    );

    const check = async () => {
      const files = await project.publicationFiles();
      expect(files.get(instructRag)?.data['title']).toBe(
        'InstructRAG: Instructing RAG via Self-Synthesized Rationales (corrected)',
      );
      expect(files.get(webAgent)?.data['featured']).toBe(true);
      expect(files.get(truthRl)?.body).toContain(paragraph);
      expect(files.get(truthRl)?.body).toMatch(/^While large language models/);
      expect((files.get(adaDecode)?.data['links'] as Record<string, string>)['slides']).toBe(
        'https://example.org/adadecode-slides.pdf',
      );
      return files;
    };

    const second = await project.run();
    await check();
    // The report names the edits that override a generated value (featured and slides add fields).
    expect(second.keptEdits).toEqual([
      { slug: instructRag, fields: ['title'] },
      { slug: truthRl, fields: ['body'] },
    ]);
    await project.run();
    await check();

    await addDocument(project, 'full author lists, venues and a DOI for four papers.bib');
    const report = await project.run();
    const files = await check();
    // The generated values the new document brings arrive next to the edits.
    expect(files.get(instructRag)?.data['venue']).toBe('ICLR 2025');
    expect(files.get(webAgent)?.data['authors']).toEqual(['Zhepei Wei', 'Wenlin Yao', 'Yao Liu', 'Weizhi Zhang']);
    expect(files.get(webAgent)?.data['authorsTruncated']).toBeUndefined();
    expect(files.get(truthRl)?.data['venue']).toBe('NeurIPS 2025');
    expect((files.get(adaDecode)?.data['links'] as Record<string, string>)['doi']).toBe(
      'https://doi.org/10.5555/adadecode.2025',
    );
    expect(report.keptEdits).toContainEqual({ slug: instructRag, fields: ['title'] });
    expect(report.publications.updated).toEqual(expect.arrayContaining([instructRag, webAgent, truthRl, adaDecode]));

    // And once more: still there, and now stable.
    const again = await project.run();
    await check();
    expect(again.publications.updated).toEqual([]);
  });

  it('deletes a generated file whose only document was removed, and updates the sources of the others', async () => {
    const project = await examples();
    await project.run();
    await project.remove(`content/sources/${listing}`);
    const report = await project.run();
    const files = await project.publicationFiles();
    expect(report.publications.deleted).toEqual([toolboxSlug]);
    expect(files.has(toolboxSlug)).toBe(false);
    expect(files.size).toBe(18);
    for (const file of files.values()) expect(file.data['sources']).not.toContain(listing);
    const state = JSON.parse(await project.read('content/publications/.ingest-state.json')) as {
      publications: Record<string, unknown>;
    };
    expect(Object.keys(state.publications)).not.toContain(toolboxSlug);
  });

  it('keeps a hand-edited file whose documents were all removed, with a warning naming it', async () => {
    const project = await examples();
    await project.run();
    await edit(project, toolboxSlug, (text) =>
      text.replace(/^title: .*$/m, 'title: "imbalanced-ensemble: A Python Toolbox"'),
    );
    const edited = await project.read(`content/publications/${toolboxSlug}.mdx`);
    await project.remove(`content/sources/${listing}`);
    const report = await project.run();
    expect(report.publications.deleted).toEqual([]);
    expect(await project.read(`content/publications/${toolboxSlug}.mdx`)).toBe(edited);
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: `content/publications/${toolboxSlug}.mdx`,
      message: expect.stringMatching(/kept .*edited by hand/),
    });
    // Still kept, and still warned about, on the next run.
    const next = await project.run();
    expect(await project.read(`content/publications/${toolboxSlug}.mdx`)).toBe(edited);
    expect(next.diagnostics.some((diagnostic) => diagnostic.file.endsWith(`${toolboxSlug}.mdx`))).toBe(true);
  });

  it('leaves a hand-written publication and other files in the collection folder alone', async () => {
    const project = await examples();
    const handWritten = [
      '---',
      'title: "My Invited Talk: On Bandits"',
      'authors:',
      '  - Zhepei Wei',
      'date: "2024-05-01"',
      '---',
      '',
      'A talk I gave, written by hand.',
      '',
    ].join('\n');
    await project.write('content/publications/my-invited-talk.mdx', handWritten);
    await project.write('content/publications/figures/diagram.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await project.run();
    await project.run();
    expect(await project.read('content/publications/my-invited-talk.mdx')).toBe(handWritten);
    expect(await project.read('content/publications/figures/diagram.svg')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    const files = await project.publicationFiles();
    expect(files.size).toBe(20);
    const state = JSON.parse(await readFile(join(project.publications, '.ingest-state.json'), 'utf8')) as {
      publications: Record<string, unknown>;
    };
    expect(Object.keys(state.publications)).not.toContain('my-invited-talk');
  });
});

describe('replacing every document', () => {
  const secondResearcher = join(fixturesRoot, 'second researcher', 'content', 'sources');

  async function replaceSources(project: Project): Promise<void> {
    await project.remove('content/sources');
    await cp(secondResearcher, project.sources, { recursive: true });
  }

  it('derives the taxonomy afresh when the old one was never edited, as if there had been none', async () => {
    const replaced = await examples();
    await replaced.run();
    await replaceSources(replaced);
    await replaced.run();

    const fresh = await makeProject({ copySources: secondResearcher });
    await fresh.run();
    expect(await replaced.read('content/topics.yaml')).toBe(await fresh.read('content/topics.yaml'));
  });

  it('keeps a taxonomy the owner edited, and only appends to it', async () => {
    const project = await examples();
    await project.run();
    const edited = `${await project.read('content/topics.yaml')}  - slug: my-own-topic\n    label: My Own Topic\n    keywords:\n      - nothing that matches\n`;
    await project.write('content/topics.yaml', edited);
    await replaceSources(project);
    await project.run();
    expect((await project.read('content/topics.yaml')).startsWith(edited)).toBe(true);
  });
});

/**
 * Shared helpers for the ingest tests: fixture paths, decoded fixture documents, throw-away project
 * folders for `runIngest`, reading publication files back, and compiling them as MDX the way the
 * site does (frontmatter stripped, body compiled with remark-math).
 */
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach } from 'vitest';
import { publicationSchema, type Publication } from '../../../src/schema/publication.ts';
import { decodeDocument } from '../../../scripts/ingest/decode.ts';
import type { SourceDocument, SourceRecord } from '../../../scripts/ingest/model.ts';
import { splitPublicationFile } from '../../../src/lib/publication-file.ts';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import { runIngest } from '../../../scripts/ingest/run.ts';

export const repositoryRoot = join(import.meta.dirname, '../../..');
export const fixturesRoot = join(repositoryRoot, 'tests/fixtures/ingest');
export const formatFixturesRoot = join(fixturesRoot, 'formats');
/** The example documents (copies of the seeds). Tests only ever read them or copy them. */
export const exampleSources = join(repositoryRoot, 'content/sources');

/** The fixture files of one format folder (`formats/<format>/`), sorted. */
export function formatFixtureNames(format: string): string[] {
  return readdirSync(join(formatFixturesRoot, format)).sort();
}

/** A fixture decoded exactly as the ingest decodes documents (BOM removed, line endings normalised). */
export function decodedFixture(path: string): SourceDocument {
  const bytes = new Uint8Array(readFileSync(join(formatFixturesRoot, path)));
  const name = path.split('/').at(-1) ?? path;
  const decoded = decodeDocument({ name, bytes });
  if (!decoded.ok) throw new Error(`fixture ${path} does not decode: ${decoded.diagnostic.message}`);
  return decoded.document;
}

/** The example documents as name → text. */
export function exampleDocuments(): Map<string, string> {
  return new Map(
    readdirSync(exampleSources)
      .sort()
      .map((name) => [name, readFileSync(join(exampleSources, name), 'utf8')]),
  );
}

/** A source record with the provenance filled in; tests state only the fields they are about. */
export function record(fields: Partial<SourceRecord> = {}): SourceRecord {
  return { source: 'a.txt', line: 1, authority: 'listing', ...fields };
}

export interface PublicationOnDisk {
  slug: string;
  text: string;
  data: Record<string, unknown>;
  body: string;
}

/** A project folder in the system temp folder, removed after the test. */
export interface Project {
  root: string;
  sources: string;
  publications: string;
  run(): Promise<IngestReport>;
  /** Writes a file relative to the project root, creating folders. */
  write(path: string, content: string | Uint8Array): Promise<void>;
  read(path: string): Promise<string>;
  remove(path: string): Promise<void>;
  /** Every `.mdx` file in the collection, by slug, parsed. */
  publicationFiles(): Promise<Map<string, PublicationOnDisk>>;
  /** Every file below `content/` (relative path → bytes as text), for byte-for-byte comparisons. */
  snapshot(): Promise<Map<string, string>>;
}

const openProjects: string[] = [];

/** Registers the clean-up of every project a test file creates. Call once at the top of the file. */
export function cleanUpProjects(): void {
  afterEach(async () => {
    await Promise.all(openProjects.splice(0).map((root) => rm(root, { recursive: true, force: true })));
  });
}

/**
 * A throw-away project. `copySources` copies a folder into `content/sources/` (the example
 * documents, or a fixture's `content/sources`); `copyContent` copies a whole fixture `content/`.
 */
export async function makeProject(options: { copySources?: string; copyContent?: string } = {}): Promise<Project> {
  const root = await mkdtemp(join(tmpdir(), 'ingest-test-'));
  openProjects.push(root);
  const sources = join(root, 'content/sources');
  const publications = join(root, 'content/publications');
  if (options.copyContent) await cp(options.copyContent, join(root, 'content'), { recursive: true });
  if (options.copySources) await cp(options.copySources, sources, { recursive: true });
  await mkdir(sources, { recursive: true });

  const project: Project = {
    root,
    sources,
    publications,
    run: () => runIngest({ root }),
    async write(path, content) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), content);
    },
    read: (path) => readFile(join(root, path), 'utf8'),
    remove: (path) => rm(join(root, path), { recursive: true, force: true }),
    async publicationFiles() {
      const files = new Map<string, PublicationOnDisk>();
      const names = await readdir(publications).catch(() => [] as string[]);
      for (const name of names.filter((file) => file.endsWith('.mdx')).sort()) {
        const text = await readFile(join(publications, name), 'utf8');
        const split = splitPublicationFile(text);
        if (!split.ok) throw new Error(`${name} does not read back: ${split.message}`);
        files.set(name.replace(/\.mdx$/, ''), { slug: name.replace(/\.mdx$/, ''), text, ...split.file });
      }
      return files;
    },
    async snapshot() {
      const files = new Map<string, string>();
      const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true });
      for (const entry of entries.filter((item) => item.isFile())) {
        const path = join(entry.parentPath, entry.name);
        files.set(path.slice(root.length + 1), await readFile(path, 'utf8'));
      }
      return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
    },
  };
  return project;
}

/** The frontmatter validated with the site's schema; throws with the issue when it is invalid. */
export function validPublication(data: Record<string, unknown>): Publication {
  return publicationSchema.parse(data);
}

/** The body of a publication file compiled as the site compiles it: MDX with remark-math. */
export async function compileBody(fileText: string): Promise<string> {
  const split = splitPublicationFile(fileText);
  if (!split.ok) throw new Error(split.message);
  return String(await compile(split.file.body, { remarkPlugins: [remarkMath] }));
}

/** The body parsed as MDX (with remark-math), for looking at what the site would render. */
export function mdxTree(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkMath).parse(body);
}

/** Every node type in a tree, for "contains no JSX / expression" checks. */
export function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  const visit = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return types;
}

/** All text and inline-math values of a tree, concatenated: what a reader sees. */
export function visibleText(tree: Root): string {
  const parts: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' && node.value !== undefined) parts.push(node.value);
    if (node.type === 'inlineMath' && node.value !== undefined) parts.push(`$${node.value}$`);
    for (const child of node.children ?? []) visit(child as { type: string; value?: string; children?: unknown[] });
    if (node.type === 'paragraph') parts.push('\n\n');
  };
  visit(tree);
  return parts.join('').trim();
}

/** The arXiv ids (without version) that a text names as `arXiv:ID`. */
export function arxivIdsIn(text: string): string[] {
  return [...text.matchAll(/arXiv:(\d{4}\.\d{4,5})(?:v\d+)?/g)].map((match) => match[1] ?? '');
}

/**
 * Stage 4: publication files. Each publication is matched to the file it already has (so its slug
 * never changes), merged with the owner's hand edits, validated against the shared schema and
 * rendered. Files of publications that no document gives any more are deleted, unless the owner
 * edited them.
 */
import { bodyProblem } from '../../../src/lib/mdx-body.ts';
import { publicationSchema } from '../../../src/schema/publication.ts';
import { titleFor } from '../derived-title.ts';
import { titleKey } from '../extract/text.ts';
import type { Diagnostic, SourceRecord } from '../model.ts';
import { fieldHashes, mergeHandEdits, flattenFields } from '../reconcile/hand-edits.ts';
import { splitPublicationFile, type PublicationFile } from '../../../src/lib/publication-file.ts';
import { slugRedirects } from '../reconcile/redirects.ts';
import { slugsFor } from '../reconcile/slugs-for.ts';
import { hashOf, type GeneratedFingerprint, type IngestState } from '../reconcile/state.ts';
import { abstractTree } from '../render/abstract-tree.ts';
import { renderBody, renderFrontmatter, renderPublicationFile } from '../render/mdx.ts';
import type { MergedPublication } from '../resolve/merge.ts';

export interface ExistingCollection {
  /** Relative path → text, for every `.mdx` file in the collection folder. */
  files: ReadonlyMap<string, string>;
  state: IngestState;
}

export interface FileOutcome {
  slug: string;
  status: 'created' | 'updated' | 'unchanged' | 'kept';
  keptEdits: string[];
  titleDerived: boolean;
}

export interface BuiltFiles {
  /** Relative path → new text, for files to write. */
  written: Map<string, string>;
  /** Relative paths of existing files to keep exactly as they are. */
  kept: Set<string>;
  deleted: string[];
  outcomes: FileOutcome[];
  state: IngestState;
  diagnostics: Diagnostic[];
  /** Values left out for being invalid, with their diagnostic (whose line the pipeline refines). */
  droppedValues: { diagnostic: Diagnostic; value: string }[];
}

const fileName = (slug: string) => `${slug}.mdx`;

export function buildFiles(
  publications: readonly MergedPublication[],
  topics: readonly string[][],
  existing: ExistingCollection,
  collectionPath: string,
  /** The taxonomy's slugs: a file naming another topic is reported (its page would have no label). */
  knownTopics?: ReadonlySet<string>,
): BuiltFiles {
  const diagnostics: Diagnostic[] = [];
  const current = readExisting(existing, collectionPath, diagnostics);
  existing = { ...existing, state: adoptRenamedFiles(existing.state, current) };
  const titles = publications.map(titleFor);
  const keys = publications.map(identityKeys);
  const bodies = publications.map((publication) => renderBody(abstractTree(publication.abstract ?? '')));
  const identities = existingIdentities(existing, current);
  const slugs = slugsFor(
    publications.map((publication, index) => ({
      // The body's hash too: with the state lost, a paper with no ids and a corrected title is
      // still recognised by its abstract.
      keys: [...(keys[index] ?? []), ...bodyKey(hashOf(bodies[index] ?? ''))],
      title: titles[index] ?? '',
      year: publication.date?.slice(0, 4),
    })),
    identities,
  );

  const built: BuiltFiles = { written: new Map(), kept: new Set(), deleted: [], outcomes: [], state: { version: 1, publications: {} }, diagnostics, droppedValues: [] };
  publications.forEach((publication, index) => {
    const slug = slugs[index] ?? '';
    const path = fileName(slug);
    const onDisk = current.get(path);
    const keepAsItIs = () => {
      built.kept.add(path);
      const previous = existing.state.publications[slug];
      if (previous) built.state.publications[slug] = previous;
      built.outcomes.push({ slug, status: 'kept', keptEdits: [], titleDerived: false });
    };
    if (onDisk === 'unreadable') return keepAsItIs();
    const titleDerived = publication.title === undefined;
    const generated = {
      data: generatedFields(publication, titles[index] ?? '', titleDerived, topics[index] ?? []),
      body: bodies[index] ?? '',
    };
    let merged = mergeHandEdits(generated, onDisk, existing.state.publications[slug]);
    let valid = publicationSchema.safeParse(merged.data);
    // A bad value from a document costs that value, not the paper: it is reported at the record
    // that gave it and left out. (A bad value the owner wrote is theirs to fix; see below.)
    for (let attempt = 0; !valid.success && attempt < 20; attempt += 1) {
      const issue = valid.error.issues[0];
      const dropped = issue ? dropGeneratedValue(generated.data, merged.data, issue.path) : undefined;
      if (!issue || !dropped) break;
      const record = recordGiving(publication, dropped.field, dropped.value);
      const diagnostic: Diagnostic = {
        level: 'warning',
        file: record.source,
        line: record.line,
        message: `\`${dropped.field}\` of “${titles[index] ?? ''}” ${issue.message.replace(/\.$/, '')} (${JSON.stringify(dropped.value)}); the value was left out and the paper kept.`,
      };
      diagnostics.push(diagnostic);
      if (typeof dropped.value === 'string') built.droppedValues.push({ diagnostic, value: dropped.value });
      merged = mergeHandEdits(generated, onDisk, existing.state.publications[slug]);
      valid = publicationSchema.safeParse(merged.data);
    }
    // A title the owner wrote is no longer derived, whatever the flag said when it was generated.
    if (merged.keptEdits.includes('title')) delete merged.data['titleDerived'];
    // Names in parts that no longer match the owner's edited author list would mislead the exports.
    if (merged.keptEdits.includes('authors') && !merged.keptEdits.includes('authorNames')) delete merged.data['authorNames'];
    valid = publicationSchema.safeParse(merged.data);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      diagnostics.push({
        level: 'error',
        file: `${collectionPath}/${path}`,
        message: `was left as it is: \`${issue?.path.join('.') || 'frontmatter'}\` ${issue?.message ?? 'is invalid'}.`,
      });
      if (onDisk) return keepAsItIs();
      built.outcomes.push({ slug, status: 'kept', keptEdits: [], titleDerived: false });
      return;
    }
    if (knownTopics) reportUnknownTopics(merged.data['topics'], knownTopics, existing.files.get(path), `${collectionPath}/${path}`, diagnostics);
    const text = renderPublicationFile(renderFrontmatter(merged.data), merged.body);
    // A body the ingest writes is escaped by construction (remark-stringify with remark-mdx; the
    // bad-input tests compile it): only the owner's bodies need reading again, which spares a parse
    // per paper with math on every run.
    if (merged.body !== generated.body) checkBody(`${collectionPath}/${path}`, text, merged.body, diagnostics);
    const before = existing.files.get(path);
    built.written.set(path, text);
    built.state.publications[slug] = {
      keys: keys[index] ?? [],
      fields: fieldHashes(generated.data),
      body: hashOf(generated.body),
    };
    built.outcomes.push({
      slug,
      status: before === undefined ? 'created' : before === text ? 'unchanged' : 'updated',
      keptEdits: merged.keptEdits,
      titleDerived: titleDerived && merged.data['title'] === generated.data['title'],
    });
  });

  const claimed = new Set(slugs.map(fileName));
  for (const [path, file] of current) {
    if (claimed.has(path)) continue;
    const slug = path.replace(/\.mdx$/, '');
    const base = existing.state.publications[slug];
    if (!base || file === 'unreadable') {
      // Written by hand, not by the ingest: the owner's own publication.
      built.kept.add(path);
      if (file !== 'unreadable') checkBody(`${collectionPath}/${path}`, existing.files.get(path) ?? '', file.body, diagnostics);
      continue;
    }
    if (hasHandEdits(file, base)) {
      built.kept.add(path);
      checkBody(`${collectionPath}/${path}`, existing.files.get(path) ?? '', file.body, diagnostics);
      built.state.publications[slug] = base;
      diagnostics.push({
        level: 'warning',
        file: `${collectionPath}/${path}`,
        message: 'was kept although no document lists this paper any more, because it was edited by hand. Delete it if the paper should go.',
      });
    } else {
      built.deleted.push(slug);
    }
  }
  const redirects = slugRedirects(
    existing.state.redirects ?? {},
    built.deleted.map((slug) => ({ slug, keys: identities.get(slug) ?? [] })),
    slugs.map((slug, index) => ({ slug, keys: keys[index] ?? [] })),
  );
  if (Object.keys(redirects).length > 0) built.state.redirects = redirects;
  return built;
}

/** Topic slugs the taxonomy lacks, each reported with the line the file names it on. */
function reportUnknownTopics(topics: unknown, known: ReadonlySet<string>, text: string | undefined, file: string, diagnostics: Diagnostic[]) {
  if (!Array.isArray(topics)) return;
  for (const slug of topics) {
    if (typeof slug !== 'string' || known.has(slug)) continue;
    const lines = text?.split('\n') ?? [];
    const at = lines.findIndex((line) => new RegExp(`^\\s*(?:-\\s*|topics:\\s*\\[.*)["']?${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?`).test(line));
    diagnostics.push({
      level: 'warning',
      file,
      ...(at === -1 ? {} : { line: at + 1 }),
      message: `names the topic \`${slug}\`, which ${'`content/topics.yaml`'} does not have; add it there, or correct the slug.`,
    });
  }
}

/**
 * Removes the generated value at a schema issue's path (a link, a list item, or a whole field) when
 * the merged data holds that same generated value, not an owner's. Returns what it removed.
 */
function dropGeneratedValue(
  generated: Record<string, unknown>,
  merged: Record<string, unknown>,
  path: readonly PropertyKey[],
): { field: string; value: unknown } | undefined {
  const [top, inner] = path;
  if (typeof top !== 'string' || top === 'title') return undefined;
  const container = generated[top];
  if (inner !== undefined && container && typeof container === 'object') {
    const key = inner as keyof typeof container;
    const value: unknown = container[key];
    if (hashOf(value) !== hashOf((merged[top] as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey])) return undefined;
    if (Array.isArray(container)) generated[top] = container.filter((_, position) => position !== Number(inner));
    else generated[top] = Object.fromEntries(Object.entries(container).filter(([name]) => name !== inner));
    return { field: `${top}.${String(inner)}`, value };
  }
  if (!(top in generated) || hashOf(generated[top]) !== hashOf(merged[top])) return undefined;
  const value = generated[top];
  delete generated[top];
  return { field: top, value };
}

/** The record that gave a value, for the message: the one whose own field holds it, else the first. */
function recordGiving(publication: MergedPublication, field: string, value: unknown) {
  const [top, inner] = field.split('.');
  const holds = (record: SourceRecord) => {
    const own = (record as unknown as Record<string, unknown>)[top ?? ''];
    if (inner === undefined) return hashOf(own) === hashOf(value);
    if (own && typeof own === 'object') return hashOf((own as Record<string, unknown>)[inner]) === hashOf(value);
    return false;
  };
  return publication.records.find(holds) ?? publication.records[0] ?? { source: 'a document', line: 1 };
}

/**
 * The owner's bodies are checked as the build will read them (`src/lib/mdx-body.ts`), so a hand edit
 * MDX cannot read is named here, with its line, before `astro build` stops on it. The owner's text is
 * written as it is, never changed behind their back.
 */
function checkBody(file: string, text: string, body: string, diagnostics: Diagnostic[]): void {
  const problem = bodyProblem(text, body);
  if (!problem) return;
  diagnostics.push({ level: 'error', file, line: problem.line, message: `${problem.message} The site will not build until it is fixed.` });
}

function generatedFields(publication: MergedPublication, title: string, titleDerived: boolean, topics: string[]) {
  const optional = {
    titleDerived: titleDerived || undefined,
    authorsTruncated: publication.authorsTruncated || undefined,
    date: publication.date,
    venue: publication.venue,
    arxiv: publication.arxiv,
    doi: publication.doi,
    category: publication.category,
    type: publication.type,
    volume: publication.volume,
    issue: publication.issue,
    pages: publication.pages,
    publisher: publication.publisher,
    institution: publication.institution,
    editors: publication.editors,
    isbn: publication.isbn,
    abbr: publication.abbr,
    award: publication.award,
    preview: publication.preview,
    bibtexShow: publication.bibtexShow,
    featured: publication.featured,
    // Keys in the schema's order, so the file does not change with the order a parser wrote them in.
    citations: publication.citations && {
      count: publication.citations.count,
      source: publication.citations.source,
      ...(publication.citations.date ? { date: publication.citations.date } : {}),
    },
  };
  return {
    title,
    authors: publication.authors,
    ...(publication.authorNames?.length === publication.authors.length ? { authorNames: publication.authorNames } : {}),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    ...(publication.versions.length > 0 ? { versions: publication.versions } : {}),
    links: publication.links,
    topics,
    sources: publication.sources,
  } as Record<string, unknown>;
}

/** Keys that recognise the same paper on the next run, whichever documents then describe it. */
function identityKeys(publication: MergedPublication): string[] {
  const keys = new Set<string>();
  if (publication.arxiv) keys.add(`arxiv:${publication.arxiv}`);
  if (publication.doi) keys.add(`doi:${publication.doi.toLowerCase()}`);
  for (const record of publication.records) {
    if (record.title) keys.add(`title:${titleKey(record.title)}`);
    if (record.abstract) keys.add(`abstract:${hashOf(titleKey(record.abstract))}`);
  }
  return [...keys].sort();
}

function existingIdentities(existing: ExistingCollection, current: ReadonlyMap<string, PublicationFile | 'unreadable'>) {
  const identities = new Map<string, string[]>();
  for (const [slug, fingerprint] of Object.entries(existing.state.publications)) identities.set(slug, [...fingerprint.keys]);
  for (const [path, file] of current) {
    const slug = path.replace(/\.mdx$/, '');
    const keys = identities.get(slug) ?? [];
    if (file !== 'unreadable') keys.push(...fileKeys(file));
    identities.set(slug, keys);
  }
  return identities;
}

/** What a file on disk says about which paper it is, whatever its name. */
function fileKeys(file: PublicationFile): string[] {
  const keys: string[] = [];
  const { arxiv, doi, title } = file.data;
  if (typeof arxiv === 'string') keys.push(`arxiv:${arxiv}`);
  if (typeof doi === 'string') keys.push(`doi:${doi.toLowerCase()}`);
  if (typeof title === 'string') keys.push(`title:${titleKey(title)}`);
  keys.push(...bodyKey(hashOf(file.body)));
  return keys;
}

const emptyBody = hashOf('');

/** A body identifies a paper only when there is one: every paper without an abstract has the same. */
function bodyKey(bodyHash: string): string[] {
  return bodyHash === emptyBody ? [] : [`body:${bodyHash}`];
}

/**
 * A file the owner renamed keeps its paper: the state's entry for a file that is gone moves to the
 * one file, unknown to the state, that shares an id, a title or its body with it. Without this the
 * old name was written again beside the renamed file, and the paper appeared twice.
 */
function adoptRenamedFiles(state: IngestState, current: ReadonlyMap<string, PublicationFile | 'unreadable'>): IngestState {
  const slugOf = (path: string) => path.replace(/\.mdx$/, '');
  const unknown = [...current].filter(([path, file]) => file !== 'unreadable' && !state.publications[slugOf(path)]);
  const orphans = Object.entries(state.publications).filter(([slug]) => !current.has(fileName(slug)));
  if (unknown.length === 0 || orphans.length === 0) return state;
  const publications = { ...state.publications };
  const adopted = new Set<string>();
  for (const [slug, fingerprint] of orphans) {
    const known = new Set([...fingerprint.keys, ...bodyKey(fingerprint.body)]);
    const candidates = unknown.filter(
      ([path, file]) => !adopted.has(path) && file !== 'unreadable' && fileKeys(file).some((key) => known.has(key)),
    );
    const [only] = candidates;
    if (candidates.length !== 1 || !only) continue;
    adopted.add(only[0]);
    delete publications[slug];
    publications[slugOf(only[0])] = fingerprint;
  }
  return { ...state, publications };
}

function readExisting(existing: ExistingCollection, collectionPath: string, diagnostics: Diagnostic[]) {
  const current = new Map<string, PublicationFile | 'unreadable'>();
  for (const [path, text] of existing.files) {
    const read = splitPublicationFile(text);
    if (read.ok) current.set(path, read.file);
    else {
      current.set(path, 'unreadable');
      diagnostics.push({
        level: 'error',
        file: `${collectionPath}/${path}`,
        ...(read.line ? { line: read.line } : {}),
        message: `${read.message} It was left as it is; fix it and run the ingest again.`,
      });
    }
  }
  return current;
}

function hasHandEdits(file: PublicationFile, base: GeneratedFingerprint): boolean {
  const onDisk = flattenFields(file.data);
  const keys = new Set([...Object.keys(onDisk), ...Object.keys(base.fields)]);
  return [...keys].some((key) => (onDisk[key] === undefined ? undefined : hashOf(onDisk[key])) !== base.fields[key]) || hashOf(file.body) !== base.body;
}

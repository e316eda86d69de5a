/**
 * Stage 4: publication files. Each publication is matched to the file it already has (so its slug
 * never changes), merged with the owner's hand edits, validated against the shared schema and
 * rendered. Files of publications that no document gives any more are deleted, unless the owner
 * edited them.
 */
import { publicationSchema } from '../../../src/schema/publication.ts';
import { titleFor } from '../derived-title.ts';
import { titleKey } from '../extract/text.ts';
import type { Diagnostic } from '../model.ts';
import { fieldHashes, mergeHandEdits, flattenFields } from '../reconcile/hand-edits.ts';
import { splitPublicationFile, type PublicationFile } from '../reconcile/publication-file.ts';
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
}

const fileName = (slug: string) => `${slug}.mdx`;

export function buildFiles(
  publications: readonly MergedPublication[],
  topics: readonly string[][],
  existing: ExistingCollection,
  collectionPath: string,
): BuiltFiles {
  const diagnostics: Diagnostic[] = [];
  const current = readExisting(existing, collectionPath, diagnostics);
  const titles = publications.map(titleFor);
  const keys = publications.map(identityKeys);
  const slugs = slugsFor(
    publications.map((publication, index) => ({
      keys: keys[index] ?? [],
      title: titles[index] ?? '',
      year: publication.date?.slice(0, 4),
    })),
    existingIdentities(existing, current),
  );

  const built: BuiltFiles = { written: new Map(), kept: new Set(), deleted: [], outcomes: [], state: { version: 1, publications: {} }, diagnostics };
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
      body: renderBody(abstractTree(publication.abstract ?? '')),
    };
    const merged = mergeHandEdits(generated, onDisk, existing.state.publications[slug]);
    // A title the owner wrote is no longer derived, whatever the flag said when it was generated.
    if (merged.keptEdits.includes('title')) delete merged.data['titleDerived'];
    const valid = publicationSchema.safeParse(merged.data);
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
    const text = renderPublicationFile(renderFrontmatter(merged.data), merged.body);
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
      continue;
    }
    if (hasHandEdits(file, base)) {
      built.kept.add(path);
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
  return built;
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
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
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
    if (file !== 'unreadable') {
      const { arxiv, doi, title } = file.data;
      if (typeof arxiv === 'string') keys.push(`arxiv:${arxiv}`);
      if (typeof doi === 'string') keys.push(`doi:${doi.toLowerCase()}`);
      if (typeof title === 'string') keys.push(`title:${titleKey(title)}`);
    }
    identities.set(slug, keys);
  }
  return identities;
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

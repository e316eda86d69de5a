/**
 * The ingest as one pure function: documents and the current collection in, files and a report out.
 * `run.ts` does the reading and writing around it.
 */
import { freshestFigures } from '../../src/lib/freshest-figures.ts';
import type { Profile } from '../../src/schema/profile.ts';
import type { SiteData } from '../../src/schema/site-data.ts';
import type { Topic } from '../../src/schema/topics.ts';
import type { Diagnostic, DocumentFormat, RawDocument } from './model.ts';
import { namesMatch } from './names.ts';
import { identifyOwner } from './ownership.ts';
import type { IngestReport } from '../../src/lib/ingest-report.ts';
import { buildFiles, type ExistingCollection } from './stages/build-files.ts';
import { readDocuments } from './stages/read-documents.ts';
import { selectPublications } from './stages/select-publications.ts';
import { tagTopics } from './stages/tag-topics.ts';
import { titleFor } from './derived-title.ts';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { noOwnerMerges, ownerConstraints, type OwnerMerges } from './resolve/owner-merges.ts';
import { topicQuality } from './topics/quality.ts';

export interface PipelineInput {
  documents: readonly RawDocument[];
  profile: Pick<Profile, 'name' | 'aliases'>;
  /** The owner's taxonomy, or undefined when there is none yet. */
  taxonomy: readonly Topic[] | undefined;
  /** The taxonomy is exactly what the last ingest wrote: the owner has not edited it. */
  taxonomyIsDerived?: boolean;
  collection: ExistingCollection;
  formats: readonly DocumentFormat[];
  /** For messages: where the collection lives (`content/publications`). */
  collectionPath: string;
  /** The owner's `content/merges.yaml`: records that are, or are not, one work. */
  merges?: OwnerMerges;
}

export function runPipeline(input: PipelineInput) {
  const { documents, diagnostics: readDiagnostics } = readDocuments(input.documents, input.formats);
  const owner = identifyOwner(input.profile, documents.map((document) => ({ document: document.name, subject: document.subject })));
  const mergeDiagnostics: Diagnostic[] = [];
  const selection = selectPublications(documents, owner, (records) => {
    const resolved = ownerConstraints(records, input.merges ?? noOwnerMerges, contentPaths.merges);
    mergeDiagnostics.push(...resolved.diagnostics);
    return resolved.constraints;
  });
  const topicInputs = selection.publications.map((publication) => ({
    title: titleFor(publication),
    abstract: publication.abstract ?? '',
  }));
  const topics = tagTopics(topicInputs, input.taxonomy, input.taxonomyIsDerived);
  const knownTopics = new Set(topics.topics.map((topic) => topic.slug));
  const files = buildFiles(selection.publications, topics.assignments, input.collection, input.collectionPath, knownTopics);

  for (const { diagnostic, value } of files.droppedValues) {
    const text = documents.find((document) => document.name === diagnostic.file)?.text;
    if (text !== undefined) diagnostic.line = lineOfValue(text, value, diagnostic.line ?? 1);
  }
  const diagnostics: Diagnostic[] = [...readDiagnostics, ...mergeDiagnostics, ...files.diagnostics];
  for (const outcome of files.outcomes) {
    if (!outcome.titleDerived) continue;
    diagnostics.push({
      level: 'warning',
      file: `${input.collectionPath}/${outcome.slug}.mdx`,
      message: 'has a title derived from its abstract, because no document gives one. Set `title:` in this file (hand edits are kept), or add a document that names the paper.',
    });
  }
  const otherPeople = documents.flatMap((document) =>
    document.subject.kind === 'person' && owner.name !== null && !namesMatch(document.subject.name, owner.name) ? [document.subject.name] : [],
  );
  if (owner.source !== 'profile.yaml' && otherPeople.length > 0) {
    diagnostics.push({
      level: 'warning',
      file: 'content/profile.yaml',
      message: `names no owner, and profile pages name ${[owner.name, ...new Set(otherPeople)].join(' and ')}; ${owner.name} was taken (from ${owner.source}). Set \`name:\` to choose.`,
    });
  }
  if (owner.name === null) {
    diagnostics.push({
      level: 'warning',
      file: 'content/profile.yaml',
      message: 'names no owner and no document is a profile page, so every document is taken to be about the owner. Set `name:` to check author lists.',
    });
  }

  // The owner's own profile pages, under any spelling: with `name: Léa Fontaine` in profile.yaml, a
  // page headed "Lea Fontaine" is hers (an exact comparison dropped its stats).
  const ownerStats = documents.filter(({ subject }) => subject.kind === 'person' && owner.names.some((name) => namesMatch(name, subject.name)));
  const siteData: SiteData = {
    owner: { name: owner.name, source: owner.source },
    stats: freshestFigures(
      ownerStats.flatMap((document) => {
        const origin = input.formats.find((format) => format.name === document.format)?.describedAs;
        return document.stats.map((stat) => ({ ...stat, source: document.name, ...(origin ? { origin } : {}) }));
      }),
    ),
  };
  const byStatus = (status: string) => files.outcomes.filter((outcome) => outcome.status === status).map((outcome) => outcome.slug);
  const report: IngestReport = {
    owner: { name: owner.name, source: owner.source },
    documents: documents.map((document, index) => ({
      name: document.name,
      format: document.format,
      records: document.records.length,
      contributes: document.format !== null && (selection.documentVerdicts[index]?.contributes ?? false),
      ...(selection.documentVerdicts[index]?.reason ? { reason: selection.documentVerdicts[index]?.reason } : {}),
    })),
    publications: {
      kept: byStatus('kept'),
      created: byStatus('created'),
      updated: byStatus('updated'),
      unchanged: byStatus('unchanged'),
      deleted: files.deleted,
      total: files.outcomes.length,
    },
    merges: selection.merges.map((merge) => ({
      slug: files.outcomes[merge.publication]?.slug ?? '',
      records: merge.records.map((record) => ({ source: record.source, line: record.line })),
      evidence: merge.evidence,
    })),
    skipped: [
      ...documents.flatMap((document) => document.skipped.map((entry) => ({ source: document.name, ...entry }))),
      ...selection.skipped,
    ],
    keptEdits: files.outcomes.filter((outcome) => outcome.keptEdits.length > 0).map((outcome) => ({ slug: outcome.slug, fields: outcome.keptEdits })),
    topics: {
      added: topics.added.map((topic) => topic.slug),
      total: topics.topics.length,
      quality: topicQuality(topics.topics, topics.assignments, new Set(topics.added.map((topic) => topic.slug))),
    },
    diagnostics,
  };
  return { files, taxonomy: { topics: topics.topics, changed: topics.added.length > 0 || topics.replaced }, siteData, report };
}

/** The line, from the record's first line on, where a value is written; the record's line if nowhere. */
function lineOfValue(text: string, value: string, fromLine: number): number {
  let offset = 0;
  for (let line = 1; line < fromLine && offset !== -1; line += 1) offset = text.indexOf('\n', offset) + 1 || -1;
  const found = offset === -1 ? -1 : text.indexOf(value, offset);
  if (found === -1) return fromLine;
  let line = fromLine;
  for (let index = text.indexOf('\n', offset); index !== -1 && index < found; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

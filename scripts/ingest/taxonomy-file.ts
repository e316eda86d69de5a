/** `content/topics.yaml` to topics and back, with a header that tells the owner how to edit it. */
import { errorLine, errorReason, readYaml, writeYaml } from '../../src/lib/yaml.ts';
import { taxonomySchema, type Topic } from '../../src/schema/topics.ts';
import type { Diagnostic } from './model.ts';

const header = [
  ' Research topics. The ingest wrote this file from your documents; it is yours to edit.',
  ' Rename labels, add keywords (a paper gets a topic when a keyword is in its title or abstract),',
  ' or delete topics. Keep slugs as they are: they are topic page URLs. Once you edit this file,',
  ' the ingest never rewrites it; it only appends a topic when a new paper fits none.',
].join('\n');

export type TaxonomyRead = { ok: true; topics: Topic[] | undefined } | { ok: false; diagnostic: Diagnostic };

export function parseTaxonomy(text: string | undefined, file: string): TaxonomyRead {
  if (text === undefined) return { ok: true, topics: undefined };
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    return {
      ok: false,
      diagnostic: {
        level: 'error',
        file,
        line: errorLine(error) ?? 1,
        message: `is not valid YAML (${errorReason(error)}). Topics were derived afresh for this run and the file was left alone.`,
      },
    };
  }
  const parsed = taxonomySchema.safeParse(data ?? { topics: [] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      diagnostic: {
        level: 'error',
        file,
        message: `\`${issue?.path.join('.')}\` ${issue?.message}. Topics were derived afresh for this run and the file was left alone.`,
      },
    };
  }
  return { ok: true, topics: parsed.data.topics };
}

export function renderTaxonomy(topics: readonly Topic[]): string {
  return `${header.replace(/^/gm, '#')}\n\n${writeYaml({ topics })}`;
}

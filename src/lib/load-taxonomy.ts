/**
 * The topic taxonomy (`content/topics.yaml`), or none when the file is absent: topic slugs then
 * show as themselves.
 */
import { readFileSync } from 'node:fs';
import { taxonomySchema, type Topic } from '../schema/topics.ts';
import { contentPaths } from './content-paths.ts';
import { errorLine, errorReason, readYaml } from './yaml.ts';

let cached: Topic[] | undefined;

export function loadTaxonomy(): Topic[] {
  if (cached) return cached;
  let text: string | undefined;
  try {
    text = readFileSync(contentPaths.topics, 'utf8');
  } catch {
    text = undefined;
  }
  cached = text ? readTaxonomy(text) : [];
  return cached;
}

/**
 * The topics, or none when the file is broken: the build goes on with slugs shown as themselves,
 * after one line naming the file (the ingest reports the same, with the line).
 */
function readTaxonomy(text: string): Topic[] {
  try {
    const parsed = taxonomySchema.safeParse(readYaml(text) ?? { topics: [] });
    if (parsed.success) return parsed.data.topics;
    const issue = parsed.error.issues[0];
    console.warn(`warning: ${contentPaths.topics} \`${issue?.path.join('.') ?? ''}\` ${issue?.message ?? 'is invalid'}; topic labels are not used until it is fixed.`);
  } catch (error) {
    console.warn(`warning: ${contentPaths.topics}${errorLine(error) ? `:${errorLine(error)}` : ''} is not valid YAML (${errorReason(error)}); topic labels are not used until it is fixed.`);
  }
  return [];
}

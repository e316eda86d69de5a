/**
 * The topic taxonomy (`content/topics.yaml`), or none when the file is absent: topic slugs then
 * show as themselves.
 */
import { readFileSync } from 'node:fs';
import { taxonomySchema, type Topic } from '../schema/topics.ts';
import { contentPaths } from './content-paths.ts';
import { readYaml } from './yaml.ts';

let cached: Topic[] | undefined;

export function loadTaxonomy(): Topic[] {
  if (cached) return cached;
  let text: string | undefined;
  try {
    text = readFileSync(contentPaths.topics, 'utf8');
  } catch {
    text = undefined;
  }
  cached = text ? taxonomySchema.parse(readYaml(text) ?? { topics: [] }).topics : [];
  return cached;
}

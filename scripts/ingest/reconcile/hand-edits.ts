/**
 * Three-way merge of a publication file: what the ingest wrote last time (the base, as hashes),
 * what is on disk now (maybe edited by hand), and what the documents say now.
 *
 * Per field, and per link inside `links`:
 * - the owner never touched it (disk matches base) → the new generated value;
 * - the owner changed, added or deleted it → the owner's version, always.
 * The body is one unit: once edited by hand, it is the owner's.
 */
import type { GeneratedFingerprint } from './state.ts';
import { hashOf } from './state.ts';
import type { PublicationFile } from '../../../src/lib/publication-file.ts';

type Flat = Record<string, unknown>;

/** `{ links: { code } }` → `{ 'links.code': … }`; other fields stay whole. */
export function flattenFields(data: Record<string, unknown>): Flat {
  const flat: Flat = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'links' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, url] of Object.entries(value)) flat[`links.${name}`] = url;
    } else flat[key] = value;
  }
  return flat;
}

function unflattenFields(flat: Flat): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const links: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (value === undefined) continue;
    if (key.startsWith('links.')) links[key.slice('links.'.length)] = value;
    else data[key] = value;
  }
  if (Object.keys(links).length > 0) data['links'] = Object.fromEntries(Object.entries(links).sort(([a], [b]) => a.localeCompare(b)));
  return data;
}

export function fieldHashes(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(flattenFields(data)).map(([key, value]) => [key, hashOf(value)]));
}

export interface Merged {
  data: Record<string, unknown>;
  body: string;
  /** Fields (and `body`) where the owner's version was kept over a different generated one. */
  keptEdits: string[];
}

export function mergeHandEdits(
  generated: { data: Record<string, unknown>; body: string },
  current: PublicationFile | undefined,
  base: GeneratedFingerprint | undefined,
): Merged {
  if (!current) return { ...generated, keptEdits: [] };
  const fresh = flattenFields(generated.data);
  const onDisk = flattenFields(current.data);
  const keys = [...new Set([...Object.keys(fresh), ...Object.keys(onDisk), ...Object.keys(base?.fields ?? {})])];
  const merged: Flat = {};
  const keptEdits: string[] = [];
  for (const key of keys) {
    const baseHash = base?.fields[key];
    const mine = onDisk[key];
    const untouched = baseHash === undefined ? mine === undefined : mine !== undefined && hashOf(mine) === baseHash;
    merged[key] = untouched ? fresh[key] : mine;
    if (!untouched && hashOf(mine ?? null) !== hashOf(fresh[key] ?? null) && key in fresh) keptEdits.push(key);
  }
  const bodyUntouched = base !== undefined && hashOf(current.body) === base.body;
  if (!bodyUntouched && current.body !== generated.body) keptEdits.push('body');
  const data = unflattenFields(merged);
  // `links: {}` flattens to no keys at all: keep the empty map the generated data has, or a re-run
  // drops the line and rewrites every paper without links (the first run was not a fixed point).
  if (data['links'] === undefined && generated.data['links'] !== undefined) data['links'] = {};
  return {
    data,
    body: bodyUntouched ? generated.body : current.body,
    keptEdits: keptEdits.sort(),
  };
}

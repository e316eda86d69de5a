/**
 * Reading `content/profile.yaml`, for the ingest and for the site alike. A mistake in the owner's
 * file costs only the setting it is in: the setting is reported with the file, its key and its line,
 * and left out; every other setting still holds. (Before, one bad link made the whole profile be
 * ignored by the ingest, and the build stop with a schema dump.)
 */
import { z } from 'astro/zod';
import { profileSchema, type Profile } from '../schema/profile.ts';
import type { Diagnostic } from './diagnostic.ts';
import { errorLine, errorReason, readYaml } from './yaml.ts';

export interface ProfileRead {
  profile: Profile;
  diagnostics: Diagnostic[];
}

const defaults = (): Profile => profileSchema.parse({});

export function readProfile(text: string | undefined, file: string): ProfileRead {
  if (text === undefined) return { profile: defaults(), diagnostics: [] };
  let data: unknown;
  try {
    data = readYaml(text) ?? {};
  } catch (error) {
    const line = errorLine(error, text);
    return {
      profile: defaults(),
      diagnostics: [{ level: 'error', file, ...(line ? { line } : {}), message: `is not valid YAML (${errorReason(error)}); its settings were ignored.` }],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { profile: defaults(), diagnostics: [{ level: 'error', file, line: 1, message: 'should be a list of `key: value` settings; it was ignored.' }] };
  }
  const settings = { ...(data as Record<string, unknown>) };
  const diagnostics: Diagnostic[] = [];
  // Each round drops what one issue points at; a file has only so many keys.
  for (let round = 0; round < 100; round += 1) {
    const parsed = profileSchema.safeParse(settings);
    if (parsed.success) return { profile: parsed.data, diagnostics: diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const path = droppablePath(issue, settings);
    if (!path) break;
    const [key, inner] = path;
    const line = lineOfKey(text, key, inner);
    diagnostics.push({ level: 'error', file, ...(line ? { line } : {}), message: `\`${path.join('.')}\`: ${describe(issue)}; this setting was left out.` });
    if (inner === undefined) delete settings[key];
    else settings[key] = Object.fromEntries(Object.entries(settings[key] as Record<string, unknown>).filter(([name]) => name !== inner));
  }
  return { profile: defaults(), diagnostics: [...diagnostics, { level: 'error', file, message: 'could not be read; its settings were ignored.' }] };
}

/** The setting an issue is about: a top-level key, or one entry of a map (`links.Email`). */
function droppablePath(issue: z.core.$ZodIssue, settings: Record<string, unknown>): [string] | [string, string] | undefined {
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    return key === undefined ? undefined : [key];
  }
  const [key, inner] = issue.path;
  if (typeof key !== 'string' || !(key in settings)) return undefined;
  const value = settings[key];
  if (typeof inner === 'string' && value && typeof value === 'object' && !Array.isArray(value)) return [key, inner];
  return [key];
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `is not a setting profile.yaml knows (known: ${Object.keys(profileSchema.shape).join(', ')})`;
  }
  return issue.message;
}

/** The line a key is written on (within its parent map for an inner key), for the message. */
function lineOfKey(text: string, key: string, inner: string | undefined): number | undefined {
  const lines = text.split('\n');
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const top = lines.findIndex((line) => new RegExp(`^["']?${escape(key)}["']?\\s*:`).test(line));
  if (top === -1) return undefined;
  if (inner === undefined) return top + 1;
  const below = lines.slice(top + 1).findIndex((line) => new RegExp(`^\\s+["']?${escape(inner)}["']?\\s*:`).test(line));
  return below === -1 ? top + 1 : top + 2 + below;
}

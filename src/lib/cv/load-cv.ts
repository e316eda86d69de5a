/**
 * Reads `content/cv.json` once per build. No file means no CV (no page, no link); a file that is not
 * valid JSON Resume stops the build with every error, each naming the file and the place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { contentPaths } from '../content-paths.ts';
import type { Cv } from './cv-types.ts';
import { validateCv } from './validate-cv.ts';

let cached: { cv: Cv | null } | undefined;

export function loadCv(path: string = contentPaths.cv): Cv | null {
  if (cached) return cached.cv;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    cached = { cv: null };
    return null;
  }
  const result = validateCv(text, path);
  if (!result.ok) throw new Error(`The CV does not fit the JSON Resume schema:\n${result.errors.join('\n')}`);
  for (const warning of result.warnings) console.warn(warning);
  cached = { cv: result.cv };
  return result.cv;
}

/** True when the site has a CV page: for the navigation, without validating the file again. */
export function hasCv(path: string = contentPaths.cv): boolean {
  return existsSync(path);
}

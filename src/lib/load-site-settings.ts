/**
 * The owner's settings (`content/profile.yaml`) merged with what the ingest detected
 * (`content/generated/site.json`). Settings the owner wrote always win.
 */
import { readFileSync } from 'node:fs';
import type { Profile } from '../schema/profile.ts';
import { siteDataSchema, type SiteData } from '../schema/site-data.ts';
import { contentPaths } from './content-paths.ts';
import { formatDiagnostic } from './ingest-report.ts';
import { readProfile } from './read-profile.ts';

export interface SiteSettings {
  profile: Profile;
  /** The name to show and to highlight in author lists; null when neither source names anyone. */
  ownerName: string | null;
  /** Every spelling of the owner's name that author lists may use. */
  ownerNames: string[];
  stats: SiteData['stats'];
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function mergeSiteSettings(profile: Profile, siteData: SiteData): SiteSettings {
  const ownerName = profile.name ?? siteData.owner.name;
  return {
    profile,
    ownerName,
    ownerNames: [ownerName, ...profile.aliases].filter((name): name is string => Boolean(name)),
    stats: siteData.stats,
  };
}

let cached: SiteSettings | undefined;

export function loadSiteSettings(): SiteSettings {
  if (cached) return cached;
  const profileText = readOptional(contentPaths.profile);
  const siteDataText = readOptional(contentPaths.siteData);
  // A mistake in the owner's file is reported and costs only that setting (as in the ingest).
  const { profile, diagnostics } = readProfile(profileText, contentPaths.profile);
  for (const diagnostic of diagnostics) console.warn(formatDiagnostic(diagnostic));
  const siteData = siteDataSchema.parse(
    siteDataText ? JSON.parse(siteDataText) : { owner: { name: null, source: null } },
  );
  cached = mergeSiteSettings(profile, siteData);
  return cached;
}

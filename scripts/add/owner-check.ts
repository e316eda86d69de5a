/**
 * Catches the mistake the add command could otherwise make silently: a mistyped arXiv id fetches a
 * stranger's paper, which the ingest then leaves off the site without a word at add time. Judged
 * with the ingest's own ownership rules, against the owner the site already knows: `name` and
 * `aliases` in `profile.yaml`, else the name the last ingest found (`content/generated/site.json`).
 */
import { readYaml } from '../../src/lib/yaml.ts';
import { profileSchema } from '../../src/schema/profile.ts';
import { siteDataSchema } from '../../src/schema/site-data.ts';
import type { DocumentSubject, SourceRecord } from '../ingest/model.ts';
import { documentVerdict, recordVerdict, type Owner } from '../ingest/ownership.ts';

/** The owner, or undefined when nothing names one yet (a new site): then every paper is accepted. */
export function knownOwner(profileYaml: string | undefined, siteDataJson: string | undefined): Owner | undefined {
  const profile = safely(() => profileSchema.parse(readYaml(profileYaml ?? '') ?? {}));
  if (profile?.name) return { name: profile.name, source: 'profile.yaml', names: [profile.name, ...profile.aliases] };
  const detected = safely(() => siteDataSchema.parse(JSON.parse(siteDataJson ?? 'null')).owner.name);
  if (!detected) return undefined;
  return { name: detected, source: 'site.json', names: [detected, ...(profile?.aliases ?? [])] };
}

/** The records the ingest would leave out as not the owner's, each with the reason. */
export function recordsNotOwned(
  subject: DocumentSubject,
  records: readonly SourceRecord[],
  owner: Owner | undefined,
): { record: SourceRecord; reason: string }[] {
  if (!owner) return [];
  const verdict = documentVerdict(subject, owner);
  if (verdict !== 'per-record')
    return verdict.owned ? [] : records.map((record) => ({ record, reason: verdict.reason }));
  return records.flatMap((record) => {
    const judged = recordVerdict(record, owner);
    return judged.owned ? [] : [{ record, reason: judged.reason }];
  });
}

/** How to fix it when the owner's name is spelt differently in the paper. */
export const aliasHint =
  'If the paper spells your name differently, add that spelling to `aliases` in content/profile.yaml.';

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

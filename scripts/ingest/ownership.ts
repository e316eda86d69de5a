/**
 * Whose papers a document lists. The owner is `name` in `profile.yaml` when set; otherwise the person
 * a profile page names. Documents about the owner contribute publications; documents about other
 * people (a trending page, someone else's profile) contribute none, though their records still
 * enrich a paper that an owner document lists.
 */
import type { DocumentSubject, SourceRecord } from './model.ts';
import { includesOwner, namesMatch } from './names.ts';

export interface Owner {
  /** Null when neither profile.yaml nor any document names the owner. */
  name: string | null;
  /** `profile.yaml`, or the document the name was read from. */
  source: string | null;
  /** Every accepted spelling: the name and profile.yaml's aliases. */
  names: string[];
}

export function identifyOwner(
  profile: { name?: string | undefined; aliases: string[] },
  subjects: readonly { document: string; subject: DocumentSubject }[],
): Owner {
  if (profile.name) return { name: profile.name, source: 'profile.yaml', names: [profile.name, ...profile.aliases] };
  const named = subjects.flatMap(({ document, subject }) => (subject.kind === 'person' ? [{ document, name: subject.name }] : []));
  // Several profile pages may name the owner; the name most of them agree on wins, then the first document.
  const votes = named.map((candidate) => ({
    ...candidate,
    votes: named.filter((other) => namesMatch(other.name, candidate.name)).length,
  }));
  const chosen = votes.sort((a, b) => b.votes - a.votes || a.document.localeCompare(b.document))[0];
  return chosen
    ? { name: chosen.name, source: chosen.document, names: [chosen.name, ...profile.aliases] }
    : { name: null, source: null, names: [...profile.aliases] };
}

export type Verdict = { owned: true } | { owned: false; reason: string };

/** Whether a document's records are the owner's, judged from what the document says about itself. */
export function documentVerdict(subject: DocumentSubject, owner: Owner): Verdict | 'per-record' {
  switch (subject.kind) {
    case 'unspecified':
      return { owned: true };
    case 'others':
      return { owned: false, reason: `the document is ${subject.description}` };
    case 'person':
      return owner.names.length === 0 || owner.names.some((name) => namesMatch(name, subject.name))
        ? { owned: true }
        : { owned: false, reason: `the document is the profile of ${subject.name}, not of ${owner.name ?? 'the owner'}` };
    case 'per-record':
      return 'per-record';
  }
}

/** For documents whose records carry full author lists: the owner must be among the authors. */
export function recordVerdict(record: SourceRecord, owner: Owner): Verdict {
  if (owner.names.length === 0 || !record.authors?.length || record.authorsTruncated) return { owned: true };
  return includesOwner(record.authors, owner.names)
    ? { owned: true }
    : { owned: false, reason: `${owner.name ?? 'the owner'} is not among its authors` };
}

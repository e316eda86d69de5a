/**
 * Author lists with the site owner marked, so the page can highlight them the way academic CVs do.
 */
import { createNameMatcher } from './person-name.ts';

export interface AuthorEntry {
  name: string;
  isOwner: boolean;
}

export function markOwner(authors: readonly string[], ownerNames: readonly string[]): AuthorEntry[] {
  const isOwner = ownerMatcher(ownerNames);
  return authors.map((name) => ({ name, isOwner: isOwner(name) }));
}

/**
 * One matcher per list of the owner's names, remembering each author's answer: a build marks the
 * owner in every author list of every page, tens of thousands of names, most of them recurring.
 */
const matchers = new Map<string, (author: string) => boolean>();

function ownerMatcher(ownerNames: readonly string[]): (author: string) => boolean {
  const key = ownerNames.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    const matches = createNameMatcher(ownerNames);
    const answers = new Map<string, boolean>();
    matcher = (author) => {
      let answer = answers.get(author);
      if (answer === undefined) answers.set(author, (answer = matches(author)));
      return answer;
    };
    matchers.set(key, matcher);
  }
  return matcher;
}

export interface AbbreviatedAuthors {
  shown: AuthorEntry[];
  /** How many authors were left out (0 when all are shown). */
  hidden: number;
  /** True when the last shown name is the owner, brought forward from further down the list. */
  ownerAfterGap: boolean;
}

/**
 * Long author lists (consortium papers list hundreds) are cut to `limit` names for lists, always
 * keeping the owner visible: the first `limit - 1` names, then the owner if they come later.
 */
export function abbreviateAuthors(entries: readonly AuthorEntry[], limit: number): AbbreviatedAuthors {
  if (entries.length <= limit) return { shown: [...entries], hidden: 0, ownerAfterGap: false };
  const head = entries.slice(0, Math.max(1, limit - 1));
  const ownerLater = head.some((entry) => entry.isOwner)
    ? undefined
    : entries.slice(head.length + 1).find((entry) => entry.isOwner);
  const shown = ownerLater ? [...head, ownerLater] : entries.slice(0, limit);
  return { shown, hidden: entries.length - shown.length, ownerAfterGap: ownerLater !== undefined };
}

/**
 * Words as topic matching sees them: lower-cased, hyphenated compounds split ("retrieval-augmented"
 * → "retrieval augmented"), and reduced to a crude stem so that "bandits"/"bandit" and
 * "imbalance"/"imbalanced" meet. Stems are only compared, never shown.
 */

export const stopwords = new Set(
  `a an the and or but nor of for to in on at by with from into onto over under via as is are was were be been being
  this that these those it its their our we us you they them he she his her i my me not no than then there here
  which who whom whose what when where why how all any both each few more most other some such only own same so
  too very can will just should could would may might must do does did done also while within without about
  across after before between during through up down out off again further once than thus hence however`.split(/\s+/),
);

/**
 * Words too common in abstracts to name a research thread by themselves. They may sit inside a
 * phrase ("semantic textual similarity") but never start or end one.
 */
export const boilerplate = new Set(
  `propose proposed proposes present presents presented introduce introduces introduced show shows shown demonstrate
  demonstrates demonstrated novel new existing recent recently approach approaches method methods framework frameworks
  result results experiment experiments experimental extensive performance paper work works study studies task tasks
  problem problems challenge challenges baseline baselines state art significant significantly effective effectively
  improve improves improved improvement improvements various several many well first two three one however based use
  uses used using achieve achieves achieved outperform outperforms comprehensive simple key critical crucial potential
  further code available https http www github com model models data set sets small high low strong weak
  able ability enable enables across different given often even still typically yet remain remains make makes made
  real world way lead leads leading effectiveness efficient efficiency evaluation evaluate evaluations analysis
  provide provides benchmark benchmarks setting settings range wide number numerous specific specifically
  prove proves hold holds study consider considers investigate investigates explore explores address addresses
  tackle focus aim aims`.split(/\s+/),
);

/**
 * Boilerplate words that still end a name as its head noun ("species distribution models", "masked
 * language models", "citizen science data"), though never start one ("models of …").
 */
const heads = new Set(['model', 'models', 'data', 'dataset', 'datasets']);

export function stem(word: string): string {
  let stemmed = word.toLowerCase();
  if (stemmed.length > 4 && stemmed.endsWith('ies')) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.length > 3 && stemmed.endsWith('s') && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 6 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
  else if (stemmed.length > 5 && stemmed.endsWith('ed')) stemmed = stemmed.slice(0, -2);
  if (stemmed.length > 4 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** A word of running text with its original spelling, for labels. */
export interface Token {
  surface: string;
  stem: string;
  role: WordRole;
  /** Set on the words an acronym was expanded into: the acronym, and which use of it. */
  acronym?: { name: string; use: number };
}

/** What a word can do in a topic phrase (see `phrases.ts`). */
export interface WordRole {
  stop: boolean;
  /** Neither starts nor ends a phrase: stopwords, boilerplate, numbers and short words. */
  weak: boolean;
  /** Boilerplate that may still end a phrase (see `heads`). */
  head: boolean;
  /** Names a thread on its own, as acronyms may ("RAG"); other single words rarely do ("generation"). */
  standsAlone: boolean;
  /** A phrase does not end on an adjective ("incentivized truthful"). */
  adjective: boolean;
}

const acronymWord = /^[A-Z]{2,}s?$/;
const adjectiveEnding = /(ful|ous|ive|able|ible|ly)$/i;
const leadingDigit = /^\d/;

function token(surface: string, acronym?: Token['acronym']): Token {
  const word = surface.toLowerCase();
  const stop = stopwords.has(word);
  const role = {
    stop,
    weak: stop || boilerplate.has(word) || leadingDigit.test(word) || word.length < 3,
    head: heads.has(word),
    standsAlone: acronymWord.test(surface),
    adjective: adjectiveEnding.test(surface),
  };
  return { surface, stem: stem(surface), role, ...(acronym ? { acronym } : {}) };
}

/**
 * Tokens by spelling, for `phraseRuns` to share between all occurrences of a word. A collection's
 * words recur thousands of times: a token, stem and role for each occurrence were most of what the
 * topic stage allocated (and so most of its garbage collection), and the roles most of its regexes.
 */
export type TokenCache = Map<string, Token>;

/**
 * The text as runs of words between punctuation: phrases never cross a comma, full stop or bracket.
 * Acronyms listed in `expansions` are replaced by the words they stand for.
 */
export function phraseRuns(
  text: string,
  expansions: ReadonlyMap<string, string[]> = new Map(),
  cache: TokenCache = new Map(),
): Token[][] {
  let uses = 0;
  const runs: Token[][] = [];
  // Math is no words; nor are TeX commands outside it (`\textsf{NC}` is "NC", not "textsf NC").
  for (const piece of text.replace(/\$[^$]*\$/g, ' , ').replace(texCommand, ' ').split(runSeparators)) {
    const words = piece.match(word);
    if (!words) continue;
    const run: Token[] = [];
    for (const surface of words) {
      // An acronym may be used in the plural ("LLMs").
      const name =
        expansions.size === 0 || expansions.has(surface) || !surface.endsWith('s') ? surface : surface.slice(0, -1);
      const expansion = expansions.get(name);
      if (!expansion) {
        let shared = cache.get(surface);
        if (!shared) cache.set(surface, (shared = token(surface)));
        run.push(shared);
        continue;
      }
      const acronym = { name, use: (uses += 1) };
      for (const expanded of expansion) run.push(token(expanded, acronym));
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

const texCommand = /\\[a-zA-Z]+\*?/g;
const runSeparators = /[.,;:!?()[\]{}"“”'‘’/|•·]+|\s-\s|\s–\s|\s—\s/;
const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * What is wrong with a topic label, as reasons a person would give: "Derivative Method Applied"
 * ends in a verb, "Around NC Textsf" starts with a preposition and holds TeX. The topic stage only
 * ever picks labels this finds nothing wrong with; the ingest report and the benchmark list the
 * labels it flags, so an owner's or a generator's bad label is seen.
 *
 * A label is a complete noun phrase: it ends in a noun (or a gerund heading a compound, "Reinforcement
 * Learning"; or the object of "of", "Chain of Thought") and starts with neither a verb, a preposition,
 * a determiner nor a conjunction. Parts of speech come from a tagger (`part-of-speech.ts`), not word lists.
 */
import type { PartOfSpeech } from 'wink-nlp';
import { tagPhrase } from './part-of-speech.ts';
import { stem } from './words.ts';

const cannotStart = new Map<PartOfSpeech, string>([
  ['VERB', 'a verb'],
  ['AUX', 'a verb'],
  ['ADP', 'a preposition'],
  ['DET', 'a determiner'],
  ['PRON', 'a pronoun'],
  ['CCONJ', 'a conjunction'],
  ['SCONJ', 'a conjunction'],
  ['PART', 'a particle'],
  ['ADV', 'an adverb'],
]);

const clauseWords = new Set<PartOfSpeech>(['PRON', 'SCONJ', 'DET', 'AUX', 'PART']);

const tagNames: Partial<Record<PartOfSpeech, string>> = {
  ADJ: 'an adjective',
  ADP: 'a preposition',
  ADV: 'an adverb',
  AUX: 'a verb',
  VERB: 'a verb',
  DET: 'a determiner',
  PRON: 'a pronoun',
  CCONJ: 'a conjunction',
  SCONJ: 'a conjunction',
  PART: 'a particle',
  NUM: 'a number',
};

/** TeX that survived as words: `\textsf{NC}` read as "textsf NC". */
const texCommand = /^(?:text|math)[a-z]{2,}$|^(?:emph|frac|sqrt|operatorname|mathbb|cite|ref|label|begin|end|left|right|cdot|ldots)$/i;
/** A digit written for a letter: "0f", "l0ss"; not "3D", "GPT4", "2nd". */
const digitForLetter = /[a-z]\d|\d[a-z]/;
const ordinal = /^\d+(?:st|nd|rd|th)$/i;
/**
 * Publishers, venue words and the country codes of postal addresses: they reach abstracts from
 * proceedings notes ("Published in the Proceedings of the IEEE …, USA") and name no research topic.
 */
const publisherOrPlace = new Set(
  `ieee acm siam springer elsevier wiley usenix aaai arxiv proceedings proc conference symposium journal transactions
  workshop press publisher publishers vol pp usa u.s.a uk prc`.split(/\s+/),
);

export function flagLabel(label: string): string[] {
  const reasons: string[] = [];
  if (/[\\$^_{}]/.test(label)) reasons.push('holds TeX');
  const words = label.split(/[\s\-–]+/).filter(Boolean);
  if (words.length === 0) return ['is empty'];
  const bare = words.map((word) => word.replace(/^[("'“‘]+|[)"'”’.,:;!?]+$/g, ''));
  if (bare.some((word) => texCommand.test(word))) reasons.push('holds a TeX command');
  if (bare.some((word) => digitForLetter.test(word) && !ordinal.test(word)))
    reasons.push('holds a digit standing for a letter');
  const named = bare.filter((word) => publisherOrPlace.has(word.toLowerCase()));
  if (named.length > 0) reasons.push(`names a publisher or place (${named.join(', ')})`);
  const stems = bare.map(stem);
  if (new Set(stems).size < stems.length) reasons.push('repeats a word');
  // An expansion in parentheses ("Retrieval-Augmented Generation (RAG)") is read without it.
  const phrase = bare.filter((word, index) => !(words[index]?.startsWith('(') && /^[A-Z]{2,}s?$/.test(word)));
  const tags = tagPhrase(phrase);
  const first = tags[0] as PartOfSpeech;
  const startsAs = cannotStart.get(first);
  if (startsAs) reasons.push(`starts with ${startsAs} ("${phrase[0]}")`);
  // Inside a name only prepositions and conjunctions join nouns ("Chain of Thought"); a pronoun or a
  // verb form makes a clause ("Labels that Users", "Models Are Learners").
  const inner = phrase.slice(1, -1).find((_, index) => clauseWords.has(tags[index + 1] as PartOfSpeech));
  if (inner) reasons.push(`holds a clause ("${inner}")`);
  const lastIndex = phrase.length - 1;
  const last = tags[lastIndex] as PartOfSpeech;
  if (last !== 'NOUN' && last !== 'PROPN' && !headsNounPhrase(phrase, tags, lastIndex)) {
    reasons.push(`ends in ${tagNames[last] ?? 'a word that is not a noun'} ("${phrase[lastIndex]}")`);
  }
  return reasons;
}

/**
 * A last word the tagger calls a verb that still heads the noun phrase: a gerund after a modifier
 * ("Reinforcement Learning", "Protein Folding"), or the object of "of" ("Chain of Thought").
 */
function headsNounPhrase(words: readonly string[], tags: readonly PartOfSpeech[], index: number): boolean {
  const tag = tags[index];
  if (tag !== 'VERB' && tag !== 'ADJ') return false;
  if (index === 0) return false;
  if (/ing$/i.test(words[index] ?? '')) return tags[index - 1] !== 'VERB' && tags[index - 1] !== 'AUX';
  return tag === 'VERB' && words[index - 1]?.toLowerCase() === 'of';
}

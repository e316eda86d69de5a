/**
 * Parts of speech, from wink-nlp's English model (Universal Dependencies tags: NOUN, ADJ, VERB…).
 * Only topic labels need them, and only when topics are derived, so the model (about 0.1 s to
 * load, see `english-model.ts`) is loaded on first use: an ingest that keeps the owner's taxonomy
 * never pays for it.
 *
 * Words are tagged lower-cased (acronyms kept): in title case the tagger reads nearly every word as
 * a proper noun ("Grounding/PROPN Visual/PROPN"), lower-cased it reads "grounding/VERB visual/ADJ".
 */
import { createRequire } from 'node:module';
import type { Model, PartOfSpeech, WinkMethods } from 'wink-nlp';
import { partOfSpeechModel } from './english-model.ts';

let tagger: WinkMethods | undefined;

/**
 * Loads the model now rather than on first use. The ingest does so first thing when it will derive
 * topics: unpacking the model on a small heap costs less garbage collection than in the middle of
 * the run, about 0.1 s of a 1,000-paper ingest.
 */
export function preloadTagger(): void {
  load();
}

function load(): WinkMethods {
  if (tagger) return tagger;
  // Synchronous and lazy: the pipeline is a pure synchronous function, and most runs never tag.
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
  tagger = winkNLP(partOfSpeechModel(), ['pos']);
  return tagger;
}

const acronym = /^[A-Z]{2,}s?$/;

/**
 * The part of speech of each word, read in the context of the others. Words are the topic stage's
 * words (no spaces or hyphens); a word the tagger splits further takes the tag of its last piece.
 */
export function tagWords(words: readonly string[]): PartOfSpeech[] {
  if (words.length === 0) return [];
  const nlp = load();
  const document = nlp.readDoc(words.map((word) => (acronym.test(word) ? word : word.toLowerCase())).join(' '));
  const pieces = document.tokens().out() as string[];
  const tags = document.tokens().out(nlp.its.pos) as PartOfSpeech[];
  const result: PartOfSpeech[] = [];
  let piece = 0;
  for (const word of words) {
    // The tagger may split a word ("can't" → "ca", "n't"): consume pieces until they spell it.
    let spelled = '';
    let tag: PartOfSpeech = 'X';
    while (piece < pieces.length && spelled.length < word.length) {
      spelled += pieces[piece];
      tag = tags[piece] ?? 'X';
      piece += 1;
    }
    result.push(tag);
  }
  return result;
}

/**
 * The parts of speech of a phrase read as a noun phrase: after "the", which a noun phrase can follow
 * and a verb phrase cannot. Alone, "spin glasses" reads as a verb and its object; after "the" it
 * reads as the noun phrase it is, while "foundation models watch" still ends in a verb.
 */
export function tagPhrase(words: readonly string[]): PartOfSpeech[] {
  return tagWords(['the', ...words]).slice(1);
}

/**
 * The content words of a text, stemmed: what a rewritten abstract keeps when its sentences change
 * ("recognisers" / "recogniser", "predicts" / "predicted"). Function words carry no evidence and go.
 * Each distinct token is looked up once, because a 10,000-paper ingest meets the same few thousand
 * words a million times.
 */
import { stemmer } from 'stemmer';
import { fnv1a } from './shingles.ts';

const functionWords = new Set(
  `a about above after again against all also although am among an and any are as at be because been before being below
  between both but by can could did do does doing down during each either even ever every few for from further had has have
  having he her here hers him his how however i if in into is it its itself just may might more most much must my neither no
  nor not now of off on once one only or other our ours out over own per rather same several she should since so some such
  than that the their theirs them then there these they this those though through thus to too two under until up upon us
  very via was we were what when where whether which while who whom whose why will with within without would yet you your
  show shows shown find found propose proposed present study paper result results use using used method methods approach
  new based first give gives given make makes well`.split(/\s+/),
);

/**
 * Stemmed content words as numbers, so that counting and comparing them needs no strings. One
 * vocabulary serves one ingest: the same stem always gets the same id within it.
 */
export class Vocabulary {
  /** Token → stem id (-1 for a function word) and hash: one lookup per token, however often it recurs. */
  private readonly byToken = new Map<string, { id: number; hash: number }>();
  private readonly byStem = new Map<string, number>();

  get size(): number {
    return this.byStem.size;
  }

  /** The content words of `text` in order of appearance, with repeats, as stem ids. */
  ids(text: string): number[] {
    return this.read(text).ids;
  }

  /**
   * Content-word ids, and the hash (`fnv1a`) of every word, function words included, for word
   * triples (`shinglesOfWords`): the text is split once for both.
   */
  read(text: string): { ids: number[]; hashes: Uint32Array } {
    // Function words are split on the same pattern as `shingleHashes`, so triples agree with it.
    const tokens = text.toLowerCase().match(anyToken) ?? [];
    const ids: number[] = [];
    const hashes = new Uint32Array(tokens.length);
    tokens.forEach((token, index) => {
      let known = this.byToken.get(token);
      if (known === undefined) {
        known = { id: token.length < 2 || functionWords.has(token) ? -1 : this.idOfStem(stemmer(token)), hash: fnv1a(token) };
        this.byToken.set(token, known);
      }
      hashes[index] = known.hash;
      if (known.id >= 0) ids.push(known.id);
    });
    return { ids, hashes };
  }

  private idOfStem(stem: string): number {
    let id = this.byStem.get(stem);
    if (id === undefined) {
      id = this.byStem.size;
      this.byStem.set(stem, id);
    }
    return id;
  }
}

const anyToken = /[\p{L}\p{N}]+/gu;

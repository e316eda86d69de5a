/**
 * wink-nlp's English model (wink-eng-lite-web-model), read for a process that loads it once and
 * runs only wink's part-of-speech pipe.
 *
 * The package's own reader deep-copies its 3 MB core model (JSON.stringify, then JSON.parse) so
 * that every wink instance gets a vocabulary of its own, and decodes the packed lexicon one byte
 * at a time. The ingest builds one instance per process, so it parses the core model straight
 * from its file into a fresh object, decodes with Buffer, and indexes the vocabulary in a typed
 * array (`lexeme-index.ts`). wink also builds its entity, negation and sentiment machines when it
 * starts, whatever the pipe (0.6 MB of JSON, parsed twice); the part-of-speech pipe never runs them,
 * so they are given empty. Loading takes about 0.1 s instead of 0.28 s, and the heap holds one
 * copy of the model instead of two. Everything the part-of-speech pipe runs (tokens, features,
 * the tagger's machines, add-ons) is the package's own, so the tags are the package's tags;
 * `english-model.test.ts` checks that word for word. A pipe with `ner` or `sentiment` would find
 * nothing with this model: use the package's own for that.
 *
 * The steps below are those of the package's `read-core-model.js` and `load-core-model.js`
 * (version pinned in package-lock.json), without the copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-nlp';
import { lexemeIndex } from './lexeme-index.ts';

const require = createRequire(import.meta.url);

interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function wordsFromBase64(data: string): Uint32Array {
  // Copied into an ArrayBuffer of its own: a Buffer may sit at any offset in a shared pool.
  return new Uint32Array(new Uint8Array(Buffer.from(data, 'base64')).buffer);
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

function readCoreModel(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = wordsFromBase64(model.lexicon as string);
  model.xpansions = wordsFromBase64(model.xpansions as string);
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    const feature = features[name]!;
    if (layout[3] === 0) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = lexemeIndex(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  return model;
}

/** A state machine with no states, in the form wink's `importJSON` reads. */
const idleMachine = '[100,0,{},{},{},{}]';

/** The model as wink-nlp takes it for the `pos` pipe, with a core read once and in place. */
export function partOfSpeechModel(): Model {
  const dist = dirname(require.resolve('wink-eng-lite-web-model'));
  const part = (name: string): unknown => require(join(dist, name));
  return {
    core: () => readCoreModel(join(dist, 'languages/cur/models/eng-core-web-model.json')),
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [idleMachine], setter: () => undefined }),
    sa: () => ({ machines: [idleMachine], setter: () => undefined }),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    // Stems, lemmas and readability are read only by `its.stem` and the like, which the topic stage
    // never asks for: loaded when first read (the lemmatiser's exception lists take 15 ms).
    addons: {
      get stem() {
        return part('porter-stemmer.js');
      },
      get lemmatize() {
        return part('lemmatize.js');
      },
      get readabilityStats() {
        return part('readability-stats.js');
      },
      wordVectors: undefined,
    },
  } as unknown as Model;
}

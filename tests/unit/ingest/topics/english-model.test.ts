/**
 * The English model read in place (`english-model.ts`) against the package's own reader: the same
 * tokens and the same parts of speech, word for word, on every invented researcher's titles and
 * abstracts. A new version of the model package that changed its file layout fails here.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model, WinkMethods } from 'wink-nlp';
import { fixtureResearchers } from '../../../../scripts/bench/topic-quality.ts';
import { partOfSpeechModel } from '../../../../scripts/ingest/topics/english-model.ts';
import { repositoryRoot } from '../helpers.ts';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;

function tagged(nlp: WinkMethods, text: string): string[] {
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  return words.map((word, index) => `${word}/${tags[index]}`);
}

describe('partOfSpeechModel', () => {
  const texts = [...fixtureResearchers(join(repositoryRoot, 'tests/fixtures/topics'))].flatMap(([, papers]) =>
    papers.flatMap((paper) => [paper.title, paper.abstract]),
  );

  it('tags every fixture text as the package-read model does', () => {
    const stock = winkNLP(require('wink-eng-lite-web-model') as Model, ['pos']);
    const inPlace = winkNLP(partOfSpeechModel(), ['pos']);
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(tagged(inPlace, text)).toEqual(tagged(stock, text));
  });

  it('reads a fresh core for each instance, since wink adds unseen words to it', () => {
    const model = partOfSpeechModel() as unknown as { core: () => { features: { lexeme: { list: string[] } } } };
    const first = model.core();
    const second = model.core();
    first.features.lexeme.list.push('zorblaxian');
    expect(second.features.lexeme.list).not.toContain('zorblaxian');
  });
});

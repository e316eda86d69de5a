/**
 * A paper is tokenised once for both topic derivation and matching: its matching text must be what
 * reading `title. abstract` as one text gives, which is what matching has always read.
 */
import { describe, expect, it } from 'vitest';
import { topicText } from '../../../../scripts/ingest/topics/match.ts';
import { topicSource } from '../../../../scripts/ingest/topics/source.ts';
import { phraseRuns } from '../../../../scripts/ingest/topics/words.ts';

const expansions = new Map([['RAG', ['retrieval', 'augmented', 'generation']]]);

describe('topicSource', () => {
  it.each([
    ['Federated Bandits', 'We study federated bandits. RAG helps.'],
    ['Ends with a dash -', '- starts with one'],
    ['Math $O(n)$ in the title', 'and $k$ in the abstract'],
    ['An odd $ in the title', 'closed here $ by the abstract'],
    ['', 'No title at all'],
    ['RAGs: (retrieval)', ''],
  ])('reads %j with %j as one text', (title, abstract) => {
    const source = topicSource(title, abstract, expansions);
    expect(source.text).toEqual(
      topicText(phraseRuns(title, expansions), phraseRuns(`${title}. ${abstract}`, expansions)),
    );
    expect(source.titleRuns).toEqual(phraseRuns(title, expansions));
    expect(source.abstractRuns).toEqual(phraseRuns(abstract, expansions));
  });
});

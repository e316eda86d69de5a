/** How strongly a paper matches a topic: 2 in the title, 1 in the abstract only, 0 not at all. */
import { describe, expect, it } from 'vitest';
import { compileTopics, matchStrength } from '../../../../scripts/ingest/topics/match.ts';
import { topicSource } from '../../../../scripts/ingest/topics/source.ts';

const strength = (title: string, abstract: string, keyword: string) => {
  const [topic] = compileTopics([{ slug: 'topic', keywords: [keyword] }], new Map());
  return matchStrength(topicSource(title, abstract, new Map()).text, topic?.keys ?? []);
};

describe('matchStrength', () => {
  it('ranks a keyword in the title above one in the abstract only, and matches whole words', () => {
    expect(strength('Federated Bandits at Scale', 'We study regret.', 'federated bandit')).toBe(2);
    expect(strength('Regret at Scale', 'We study federated bandits.', 'federated bandit')).toBe(1);
    expect(strength('Regret at Scale', 'We study federated bandits.', 'contrastive')).toBe(0);
    expect(strength('Banditry', 'Nothing here.', 'bandit')).toBe(0);
  });

  it('still finds a title word that reading the title with its abstract hides', () => {
    // The title's odd `$` pairs with the abstract's into a math span that swallows "budget".
    expect(strength('Bandits with an odd $ budget', 'closed $ here', 'budget')).toBe(2);
  });
});

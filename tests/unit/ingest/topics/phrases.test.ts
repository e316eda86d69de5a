/** The phrase trie: the same stems always reach the same node, however much its tables have grown. */
import { describe, expect, it } from 'vitest';
import { findPhrases, PhraseTrie } from '../../../../scripts/ingest/topics/phrases.ts';
import { phraseRuns } from '../../../../scripts/ingest/topics/words.ts';

/** A small deterministic generator, so a failure can be replayed. */
function randomStems(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  return (count: number) => Array.from({ length: count }, () => `w${next() % 400}`);
}

describe('PhraseTrie', () => {
  it('gives each distinct stem sequence its own node, and the same one again after its tables grow', () => {
    const stems = randomStems(7);
    const trie = new PhraseTrie(); // the smallest tables: 3,000 phrases make them grow several times
    const walk = (sequence: readonly string[]) =>
      sequence.reduce((node, stem) => trie.child(node, stem), PhraseTrie.root);
    const sequences = Array.from({ length: 3000 }, (_, index) => stems(1 + (index % 4)));
    const firstNodes = sequences.map(walk);
    const secondNodes = sequences.map(walk);
    expect(secondNodes).toEqual(firstNodes);

    const nodeOfKey = new Map<string, number>();
    sequences.forEach((sequence, index) => nodeOfKey.set(sequence.join(' '), firstNodes[index]!));
    expect(new Set(nodeOfKey.values()).size).toBe(nodeOfKey.size);
    expect(nodeOfKey.size).toBeGreaterThan(1024);
    expect(firstNodes).not.toContain(PhraseTrie.root);
  });

  it('counts a paper once per phrase, however often the phrase occurs in it', () => {
    const trie = new PhraseTrie();
    const paperPhrases = [
      'Graph neural networks. Graph neural networks again.',
      'Scalable graph neural networks.',
      'Nothing alike here.',
    ].map((text) => findPhrases(phraseRuns(text), trie));
    paperPhrases.forEach((phrases, paper) => phrases.nodes.forEach((node) => trie.countPaper(node, paper)));
    const graphNeuralNetworks = paperPhrases[0]!.nodes.find(
      (_, at) => paperPhrases[0]!.ends[at]! - paperPhrases[0]!.starts[at]! === 3,
    )!;
    expect(trie.paperCount(graphNeuralNetworks)).toBe(2);
    expect(paperPhrases[1]!.nodes).toContain(graphNeuralNetworks);
    expect(paperPhrases[2]!.nodes).not.toContain(graphNeuralNetworks);
  });
});

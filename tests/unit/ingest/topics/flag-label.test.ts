/** The label check: the reasons a person would give for a label that does not read as a topic. */
import { beforeAll, describe, expect, it } from 'vitest';
import { flagLabel } from '../../../../scripts/ingest/topics/flag-label.ts';
import { tagWords } from '../../../../scripts/ingest/topics/part-of-speech.ts';

// The part-of-speech model loads once, before the tests, rather than within the first test's time.
beforeAll(() => void tagWords(['the']));

describe('flagLabel', () => {
  it.each([
    ['Have Small Formulas', 'starts with a verb ("Have")'],
    ['Derivative Method Applied', 'ends in a verb ("Applied")'],
    ['Nearly Well Parenthesized', 'starts with an adverb ("Nearly")'],
    ['Arithmetizing Classes Around', 'ends in a preposition ("Around")'],
    ['Around NC Textsf', 'starts with a preposition ("Around")'],
    ['Around NC Textsf', 'holds a TeX command'],
    ['Constrained Nonlinear Least', 'ends in an adverb ("Least")'],
    ['Grounding Visual', 'ends in an adjective ("Visual")'],
    ['Foundation Models Watch', 'ends in a verb ("Watch")'],
    ['Extending Video Masked', 'ends in a verb ("Masked")'],
    ['Incentivized Truthful', 'ends in an adjective ("Truthful")'],
    ['The Power of', 'starts with a determiner ("The")'],
    ['Kinetic Theory 0f Heat', 'holds a digit standing for a letter'],
    ['Latent Latent', 'repeats a word'],
    ['Labels that Users', 'holds a clause ("that")'],
    ['Image Image', 'repeats a word'],
    ['Bounds in \\textsf{NC}', 'holds TeX'],
    ['IEEE Symposium', 'names a publisher or place (IEEE, Symposium)'],
    ['Gardens in Ohio USA', 'names a publisher or place (USA)'],
  ])('flags %j: %s', (label, reason) => {
    expect(flagLabel(label)).toContain(reason);
  });

  it.each([
    'Circuit Lower Bounds',
    'Proof Complexity',
    'Masked Autoencoders',
    'Streaming Algorithms',
    'Nonlinear Least Squares',
    'Self-Training',
    'Zero-Shot Learning',
    'Retrieval-Augmented Generation',
    'Retrieval-Augmented Generation (RAG)',
    'Reinforcement Learning',
    'Time Series Forecasting',
    'Chain of Thought',
    'Spin Glasses',
    'Quantum Spin Liquids',
    'Twisted Bilayer Graphene',
    '3D Reconstruction',
    'LLM Agents',
    'Species Distribution Models',
    'Seed Dispersal',
    'Monetary Policy',
    'Procurement Auctions',
    'Superconductivity',
  ])('finds nothing wrong with %j', (label) => {
    expect(flagLabel(label)).toEqual([]);
  });
});

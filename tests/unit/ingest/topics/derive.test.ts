/** Naming the groups: complete noun phrases, written as the papers write them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { tagTopics } from '../../../../scripts/ingest/stages/tag-topics.ts';
import { groupCount } from '../../../../scripts/ingest/topics/derive.ts';
import { flagLabel } from '../../../../scripts/ingest/topics/flag-label.ts';
import { topicRange } from '../../../../scripts/ingest/topics/quality.ts';
import { tagWords } from '../../../../scripts/ingest/topics/part-of-speech.ts';

// The part-of-speech model loads once, before the tests, rather than within the first test's time.
beforeAll(() => void tagWords(['the']));

const labelsOf = (papers: { title: string; abstract: string }[]) => tagTopics(papers, undefined).topics.map((topic) => topic.label);

describe('groupCount', () => {
  it.each([6, 10, 16, 40, 100, 1000, 10000])('asks for a number of groups in the range that reads well for %i papers', (count) => {
    const [low, high] = topicRange(count);
    expect(groupCount(count)).toBeGreaterThanOrEqual(low);
    expect(groupCount(count)).toBeLessThanOrEqual(high);
    expect(groupCount(count)).toBeGreaterThanOrEqual(3);
  });
});

describe('topic labels', () => {
  it('name a group by the complete phrase its papers share, not by a fragment of a title', () => {
    const labels = labelsOf([
      { title: 'Extending Video Masked Autoencoders to Long Clips', abstract: 'Video masked autoencoders reconstruct masked patches of long clips.' },
      { title: 'Video Masked Autoencoders for Action Recognition', abstract: 'We pre-train video masked autoencoders and recognize actions.' },
      { title: 'Scaling Video Masked Autoencoders', abstract: 'Larger video masked autoencoders learn better representations.' },
    ]);
    expect(labels).toContain('Video Masked Autoencoders');
    for (const label of labels) expect(flagLabel(label), label).toEqual([]);
  });

  it('write hyphens where the papers write them, and only there', () => {
    const labels = labelsOf([
      { title: 'Self-Training under Domain Shift', abstract: 'Self-training learns from pseudo labels under domain shift.' },
      { title: 'Noisy Labels in Self-Training', abstract: 'We correct noisy pseudo labels in self-training.' },
      { title: 'Stable Self-Training', abstract: 'Confidence thresholds make self-training and pseudo labels stable.' },
    ]);
    expect(labels).toContain('Self-Training');
    expect(labels).not.toContain('Pseudo-Labels');
  });

  it('keep acronyms upper-case and name an acronym\'s expansion with the acronym as a keyword', () => {
    const { topics } = tagTopics(
      [
        { title: 'Retrieval-Augmented Generation with Noisy Documents', abstract: 'Retrieval-augmented generation (RAG) grounds answers in documents.' },
        { title: 'Faster RAG', abstract: 'We speed up RAG by caching retrieved documents.' },
        { title: 'Evaluating RAG Systems', abstract: 'RAG systems are hard to evaluate; we propose a protocol.' },
      ],
      undefined,
    );
    const rag = topics.find((topic) => topic.keywords.includes('RAG'));
    expect(rag?.label).toBe('Retrieval-Augmented Generation');
  });

  it('never take TeX, a digit standing for a letter, or a publisher or place for a label', () => {
    const labels = labelsOf([
      { title: 'Counting Classes Around \\textsf{NC}$^1$', abstract: 'Arithmetic versions of \\textsf{NC}$^1$ and \\textsf{L} via branching programs.' },
      { title: 'Branching Programs of Small Width', abstract: 'Width-5 branching programs capture \\textsf{NC}$^1$. In Proc. IEEE Symposium, USA.' },
      { title: 'Kinetic Theory 0f Heat', abstract: 'We revisit the kinetic theory 0f heat in phonon gases. IEEE, USA.' },
      { title: 'Phonon Gases Out of Equilibrium', abstract: 'Kinetic theory 0f phonon gases. Proc. IEEE Symposium, USA.' },
    ]);
    for (const label of labels) expect(flagLabel(label), label).toEqual([]);
    expect(labels.join(' ')).not.toMatch(/textsf|IEEE|USA|0f/i);
  });
});

/**
 * A deterministic, made-up collection of any size for size and speed checks: English-like titles
 * and abstracts, a pool of recurring co-authors, a few venues and topics — roughly the shape of a
 * prolific researcher's list, with no real person's data.
 */
import type { PublicationView } from '../../../src/lib/publication-view.ts';

const words = (
  'adaptive alignment attention augmented autonomous bandit benchmark calibration causal contrastive curriculum ' +
  'decoding diffusion distillation efficient embedding ensemble evaluation explainable federated feedback ' +
  'generalization generative graph grounding hierarchical imbalance incentive inference instruction interactive ' +
  'knowledge language latent learning lightweight memory multimodal negative neural optimization personalized ' +
  'planning policy preference pretraining privacy probabilistic prompting reasoning recommendation regret ' +
  'reinforcement representation retrieval reward robust scalable segmentation semantic sparse speculative ' +
  'structured synthetic temporal tokenization trajectory transformer truthful uncertainty unsupervised verifiable ' +
  'vision weighted agents models networks systems datasets tasks signals queries documents experts'
).split(' ');
const given =
  'Ana Ben Chen Dana Eli Fatima Gao Hana Ivan Jia Kai Lena Ming Nora Omar Priya Qiang Rosa Sven Tara Uma Wei Xin Yuki Zoe'.split(
    ' ',
  );
const family =
  'Abe Brown Cruz Diaz Evans Fischer Garcia Huang Ito Jensen Kim Li Martin Nakamura Okafor Patel Qureshi Rossi Singh Tanaka Ueda Varga Wang Xu Yang Zhang'.split(
    ' ',
  );
const venues = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'KDD', 'AAAI', 'TMLR', 'JMLR', 'SIGIR'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const syllables =
  'ba be ca co da de fa fi ga go ha he ka ki la lo ma mi na no pa pe ra ri sa so ta te va vi za zo ton ler ing ment tion ous ive'.split(
    ' ',
  );

export function syntheticPublications(count: number): PublicationView[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // Real collections use thousands of distinct words, most of them rarely: a long tail of made-up
  // words, drawn with a skew toward the front (Zipf-like), on top of the common field words.
  const rareWords = Array.from({ length: 6000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join(''),
  );
  const pickWord = () => (next() < 0.5 ? pick(words) : rareWords[Math.floor(rareWords.length * next() ** 2)]!);
  const coauthors = Array.from({ length: 300 }, () => `${pick(given)} ${pick(family)}`);
  const slugs = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const titleWords = Array.from({ length: 7 + Math.floor(next() * 6) }, pickWord);
    const title = titleWords.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
    const year = 2025 - Math.floor(index / 40);
    const abstract = Array.from(
      { length: 6 },
      () => `We study ${Array.from({ length: 14 }, pickWord).join(' ')}.`,
    ).join(' ');
    const venue = `${pick(venues)} ${year}`;
    return {
      slug: uniqueSlug(title, slugs),
      title,
      authors: ['Jane Doe', ...Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(coauthors))],
      date: `${year}-0${1 + (index % 9)}-01`,
      year,
      venue,
      links: {},
      topics: [`topic-${index % 12}`, `topic-${(index * 7) % 12}`],
      sources: ['synthetic.txt'],
      featured: false,
      hidden: false,
      abstract,
    };
  });
}

/** Like the ingest: the title's first words, lower-case, hyphenated, made unique with a number. */
function uniqueSlug(title: string, taken: Set<string>): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/-[^-]*$/, '');
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

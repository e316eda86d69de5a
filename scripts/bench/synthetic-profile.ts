/**
 * Synthetic research profiles for the benchmark: an invented owner with N publications, written as
 * the messy documents the ingest reads, with the same traps as real ones. Each paper appears in
 * two or three documents with abstract variants; a few titles differ from another paper's by one
 * word; a trending page lists foreign papers (and a few of the owner's). Everything is derived from
 * a seed, so a size always gives the same documents.
 */
import { seededRandom, type Random } from './random.ts';

interface Thread {
  phrase: string;
  nouns: string[];
  verbs: string[];
}

const threads: Thread[] = [
  { phrase: 'graph neural networks', nouns: ['message passing', 'node embeddings', 'graph pooling', 'oversmoothing'], verbs: ['propagate', 'aggregate', 'coarsen'] },
  { phrase: 'federated learning', nouns: ['client drift', 'secure aggregation', 'personalised models', 'communication rounds'], verbs: ['aggregate', 'personalise', 'compress'] },
  { phrase: 'protein structure prediction', nouns: ['folding dynamics', 'contact maps', 'side chains', 'binding sites'], verbs: ['fold', 'dock', 'refine'] },
  { phrase: 'causal inference', nouns: ['treatment effects', 'instrumental variables', 'confounders', 'counterfactuals'], verbs: ['identify', 'estimate', 'adjust'] },
  { phrase: 'speech recognition', nouns: ['acoustic models', 'phoneme lattices', 'streaming decoders', 'accent shift'], verbs: ['transcribe', 'align', 'decode'] },
  { phrase: 'differential privacy', nouns: ['privacy budgets', 'noisy gradients', 'membership inference', 'clipping norms'], verbs: ['privatise', 'clip', 'audit'] },
  { phrase: 'robot manipulation', nouns: ['grasp planning', 'tactile sensing', 'contact forces', 'dexterous hands'], verbs: ['grasp', 'manipulate', 'imitate'] },
  { phrase: 'time series forecasting', nouns: ['seasonal trends', 'probabilistic horizons', 'exogenous signals', 'regime changes'], verbs: ['forecast', 'decompose', 'calibrate'] },
  { phrase: 'neural rendering', nouns: ['radiance fields', 'view synthesis', 'volumetric sampling', 'surface normals'], verbs: ['render', 'reconstruct', 'relight'] },
  { phrase: 'program synthesis', nouns: ['type-directed search', 'input-output examples', 'program sketches', 'unit tests'], verbs: ['synthesise', 'verify', 'repair'] },
  { phrase: 'climate modelling', nouns: ['precipitation extremes', 'ocean heat content', 'downscaling grids', 'aerosol forcing'], verbs: ['simulate', 'downscale', 'emulate'] },
  { phrase: 'question answering', nouns: ['multi-hop reasoning', 'evidence retrieval', 'answer spans', 'passage ranking'], verbs: ['retrieve', 'rank', 'answer'] },
];

const fillers = [
  'Experiments on standard benchmarks show consistent gains over strong baselines.',
  'We release our code and data to support future research.',
  'Ablation studies confirm the contribution of each component.',
  'Our analysis reveals when and why the method fails.',
  'The approach scales to large datasets with modest compute.',
  'We also provide a theoretical account of its convergence.',
];

const givenNames = ['Ana', 'Bo', 'Chen', 'Dara', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kemal', 'Lea', 'Mateo', 'Nia', 'Omar', 'Priya'];
const familyNames = ['Alvarez', 'Berg', 'Cho', 'Dimitrov', 'Eze', 'Fischer', 'Garcia', 'Hoang', 'Ibrahim', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const venues = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'CVPR', 'KDD', 'AAAI'];

export const syntheticOwner = 'Rowan Quillfeather';

interface Paper {
  title: string;
  abstract: string;
  authors: string[];
  year: number;
  month: number;
  day: number;
  arxiv?: string;
  venue?: string;
  category: string;
}

function pseudoWord(random: Random): string {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'zen', 'tor', 'vex', 'qui', 'dal', 'nor', 'sil', 'bru'];
  const word = Array.from({ length: 2 + random.integer(2) }, () => random.pick(syllables)).join('');
  return word[0]?.toUpperCase() + word.slice(1);
}

const adjectives = ['sparse', 'robust', 'adaptive', 'hierarchical', 'latent', 'efficient', 'scalable', 'noisy', 'implicit', 'structured', 'contrastive', 'generative', 'bayesian', 'stochastic', 'modular', 'multimodal'];
const connectives = ['while', 'because', 'although', 'whereas', 'since', 'unless', 'so that', 'even when'];

/** A sentence of mostly random words, so that different papers share almost no word triples, as real abstracts do. */
function sentence(random: Random, thread: Thread, name: string): string {
  const word = () => (random.chance(0.35) ? random.pick(adjectives) : pseudoWord(random).toLowerCase());
  const phrase = () => `${word()} ${random.chance(0.5) ? random.pick(thread.nouns) : word()}`;
  const forms = [
    () => `We ${random.pick(thread.verbs)} ${phrase()} ${random.pick(connectives)} ${phrase()} ${random.pick(thread.verbs)} ${phrase()}.`,
    () => `${name} ${inflect(random.pick(thread.verbs), 's')} ${phrase()} with ${phrase()} and ${phrase()}.`,
    () => `Existing ${phrase()} ignore ${phrase()}, ${random.pick(connectives)} ${phrase()} matter for ${thread.phrase}.`,
    () => `On ${2 + random.integer(9)} ${phrase()} benchmarks, ${name} improves ${phrase()} by ${(1 + random.next() * 9).toFixed(1)} points.`,
  ];
  return random.pick(forms)();
}

/**
 * A thread's verb as "-ing" or third-person form, spelled as English does: "aggregating", not
 * "aggregateing"; "clipping"; "compresses"; "identifies".
 */
export function inflect(verb: string, form: 'ing' | 's'): string {
  if (form === 's') {
    if (/(s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
    if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
    return `${verb}s`;
  }
  if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  // A short verb ending consonant-vowel-consonant doubles its last letter ("clip", "clipping").
  if (verb.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

function makePaper(index: number, count: number, random: Random): Paper {
  const thread = threads[index % threads.length] as Thread;
  const name = `${pseudoWord(random)}${index}`;
  const noun = random.pick(thread.nouns);
  const verb = random.pick(thread.verbs);
  const gerund = inflect(verb, 'ing');
  const title = `${name}: ${gerund[0]?.toUpperCase()}${gerund.slice(1)} ${random.pick(adjectives)} ${noun} for ${thread.phrase}`;
  const sentences = [
    `${thread.phrase[0]?.toUpperCase()}${thread.phrase.slice(1)} struggles with ${noun} in ${pseudoWord(random).toLowerCase()} settings.`,
    ...Array.from({ length: 5 + random.integer(4) }, () => sentence(random, thread, name)),
    random.pick(fillers),
  ];
  const age = Math.floor((index / count) * 8);
  const year = 2026 - age;
  const month = 1 + random.integer(12);
  const day = 1 + random.integer(28);
  const coauthors = Array.from({ length: 2 + random.integer(4) }, () => `${random.pick(givenNames)} ${random.pick(familyNames)}`);
  const position = random.integer(coauthors.length + 1);
  const authors = [...coauthors.slice(0, position), syntheticOwner, ...coauthors.slice(position)];
  const hasId = random.chance(0.75);
  return {
    title,
    abstract: sentences.join(' '),
    authors,
    year,
    month,
    day,
    ...(hasId ? { arxiv: `${String(year).slice(2)}${String(month).padStart(2, '0')}.${String(10000 + index).padStart(5, '0')}` } : {}),
    ...(random.chance(0.4) ? { venue: `${random.pick(venues)} ${year}` } : {}),
    category: random.pick(['LG', 'CL', 'CV', 'AI']),
  };
}

/** A lightly edited copy of an abstract, as another site would have it. */
function variant(abstract: string, random: Random): string {
  return abstract
    .replace(' struggles with ', random.chance(0.5) ? ' still struggles with ' : ' struggles with ')
    .replace(/ improves /, random.chance(0.5) ? ' raises ' : ' improves ')
    .replace(/^(.*?\.) (.*?\.) /, random.chance(0.3) ? '$1 ' : '$1 $2 ');
}

function isoDate(paper: Paper): string {
  return `${paper.year}-${String(paper.month).padStart(2, '0')}-${String(paper.day).padStart(2, '0')}`;
}

/** Documents (file name → text) of a profile with `count` publications. */
export function syntheticDocuments(count: number, seed = 1): Map<string, string> {
  const random = seededRandom(seed);
  const papers = Array.from({ length: count }, (_, index) => makePaper(index, count, random));
  // Near-identical titles: a few papers share another's title with one extra word.
  for (let index = 1; index < count; index += 50) {
    const previous = papers[index - 1] as Paper;
    (papers[index] as Paper).title = previous.title.replace(' for ', ' for robust ');
  }
  const placed = new Set<number>();
  const pick = (probability: number, predicate: (paper: Paper) => boolean = () => true) =>
    papers.flatMap((paper, index) => (predicate(paper) && random.chance(probability) ? [(placed.add(index), index)] : [])).map((index) => papers[index] as Paper);

  const listed = pick(0.6, (paper) => paper.arxiv !== undefined);
  const streamed = pick(0.4, (paper) => paper.arxiv !== undefined);
  const abstractsOnly = pick(0.25);
  const bibliography = pick(0.25);
  const profiled = papers.filter((_, index) => random.chance(0.7) || !placed.has(index));

  const documents = new Map<string, string>();
  documents.set(
    'listing.txt',
    listed
      .map((paper) => `${paper.abstract}\n\n${paper.venue ? `${paper.venue}. ` : ''}12 pages\n\narXiv:${paper.arxiv}v2\nCreated: ${isoDate(paper)}\n`)
      .join('\n'),
  );
  documents.set('stream.txt', streamed.map((paper) => `${variant(paper.abstract, random)}\narXiv:${paper.arxiv}`).join(''));
  documents.set('abstracts.txt', abstractsOnly.map((paper) => `Abstract:${variant(paper.abstract, random)}\n`).join(''));
  const latestYear = Math.max(...papers.map((paper) => paper.year));
  documents.set(
    'profile.txt',
    [
      syntheticOwner,
      '',
      `h-index${10 + random.integer(40)}`,
      `${count}papers`,
      `${(count * 17).toLocaleString('en')}citations`,
      '',
      `${count} Papers`,
      '',
      ...profiled.map((paper) => {
        const date = paper.year === latestYear ? `${months[paper.month - 1]} ${paper.day}` : `${months[paper.month - 1]} ${paper.day}, ${paper.year}`;
        return `${paper.category}${date}\n${paper.title}\n\n${paper.authors.slice(0, 3).join(', ')}${paper.authors.length > 3 ? ' et al.' : ''}\n\n${variant(paper.abstract, random)}\n`;
      }),
    ].join('\n'),
  );
  documents.set(
    'references.bib',
    bibliography
      .map(
        (paper, index) =>
          `@inproceedings{ref${index},\n  title = {${paper.title}},\n  author = {${paper.authors.map((author) => author.split(' ').reverse().join(', ')).join(' and ')}},\n  year = {${paper.year}},\n  booktitle = {${paper.venue ?? 'Workshop on Learning'}},\n  abstract = {${paper.abstract}}\n}\n`,
      )
      .join('\n'),
  );
  const foreign = Array.from({ length: Math.max(5, Math.floor(count / 5)) }, (_, index) => makePaper(count + index, count, random));
  documents.set(
    'trending.txt',
    [
      'Daily Papers',
      '',
      ...[...foreign, ...papers.filter((_, index) => index % 97 === 0)].map(
        (paper) => `${paper.title}\n\n${paper.abstract}\n\n  • ${paper.authors.length} authors\n·\n${months[paper.month - 1]} ${paper.day}, ${paper.year}\n`,
      ),
    ].join('\n'),
  );
  return documents;
}

/**
 * The ingest on the example documents (content/sources/, copied to a temporary project). They hold
 * 19 distinct publications of Zhepei Wei and 34 papers by other people on a trending page.
 *
 * The expected publications were read off the documents:
 *   000 is an arXiv listing (10 papers with ids and `Created:` dates), 001 a glued stream (10 papers
 *   with ids, no dates), 002 an `Abstract:` list (10 abstracts, no ids or titles), 003 a trending
 *   page (34 papers, none of them the owner's), 004 the owner's profile page (18 titled papers).
 *   Matching abstracts across them gives 18 papers with titles plus the imbalanced-ensemble toolbox
 *   (arXiv 2111.12776), which only the listing has, without a title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import {
  arxivIdsIn,
  cleanUpProjects,
  compileBody,
  exampleSources,
  makeProject,
  mdxTree,
  nodeTypes,
  validPublication,
  type PublicationOnDisk,
} from './helpers.ts';

cleanUpProjects();

const listing = '000_2254eadc51b93e53.txt';
const stream = '001_9e2bdce1dcc1298b.txt';
const list = '002_381581610fde0f45.txt';
const trending = '003_a18a4032dfc3a88c.txt';
const profile = '004_26ce11d630862fb8.txt';

interface Expected {
  title: string;
  arxiv?: string;
  date: string;
  venue?: string;
  code?: string;
  sources: string[];
}

/** Dates: `Created:` where the listing has one, else the id's month refined by the profile's day. */
const expected: Expected[] = [
  {
    title: 'PersonaAgent: Bridging Memory and Action for Personalized LLM Agents',
    arxiv: '2506.06254',
    date: '2025-06-06',
    sources: [listing, stream, list, profile],
  },
  {
    title: 'You Only Need Minimal RLVR Training: Extrapolating LLMs via Rank-1 Trajectories',
    date: '2026-05-20',
    code: 'https://github.com/weizhepei/RELEX',
    sources: [list, profile],
  },
  {
    title: 'Separate the Wheat from the Chaff: Winnowing Down Divergent Views in Retrieval Augmented Generation',
    date: '2025-11-01',
    sources: [profile],
  },
  {
    title: 'Learning Semantic Textual Similarity via Topic-informed Discrete Latent Variables',
    arxiv: '2211.03616',
    date: '2022-11-07',
    sources: [listing, list, profile],
  },
  {
    title: 'Incentivized Communication for Federated Bandits',
    arxiv: '2309.11702',
    date: '2023-09-20',
    sources: [listing, list, profile],
  },
  {
    title: 'The Surprising Effectiveness of Negative Reinforcement in LLM Reasoning',
    arxiv: '2506.01347',
    date: '2025-06-02',
    code: 'https://github.com/TianHongZXY/RLVR-Decomposed',
    sources: [listing, stream, profile],
  },
  { title: 'G-Zero: Self-Play for Open-Ended Generation from Zero Data', date: '2026-05-11', sources: [list, profile] },
  {
    title: 'Aligning Large Language Models via Fully Self-Synthetic Data',
    arxiv: '2510.06652',
    date: '2025-10-08',
    code: 'https://github.com/SJY8460/SAO',
    sources: [stream, profile],
  },
  {
    title: 'Handling Inter-class and Intra-class Imbalance in Class-imbalanced Learning',
    date: '2021-11-24',
    code: 'https://github.com/AnonAuthorAI/duplebalance',
    sources: [profile],
  },
  {
    title: 'WebAgent-R1: Training Web Agents via End-to-End Multi-Turn Reinforcement Learning',
    arxiv: '2505.16421',
    date: '2025-05-22',
    sources: [listing, stream, list, profile],
  },
  {
    title: 'Do LLM Evaluators Prefer Themselves for a Reason?',
    arxiv: '2504.03846',
    date: '2025-04-04',
    sources: [listing, stream, list, profile],
  },
  {
    title: 'AdaDecode: Accelerating LLM Decoding with Adaptive Layer Parallelism',
    arxiv: '2506.03700',
    date: '2025-06-04',
    venue: 'ICML 2025',
    code: 'https://github.com/weizhepei/AdaDecode',
    sources: [listing, stream, profile],
  },
  {
    title: 'TruthRL: Incentivizing Truthful LLMs via Reinforcement Learning',
    arxiv: '2509.25760',
    date: '2025-09-30',
    sources: [stream, profile],
  },
  {
    title: 'Incentivized Truthful Communication for Federated Bandits',
    arxiv: '2402.04485',
    date: '2024-02-06',
    venue: 'ICLR 2024',
    sources: [listing, stream, list, profile],
  },
  {
    title: 'Beyond Outcome Reward: Decoupling Search and Answering Improves LLM Agents',
    arxiv: '2510.04695',
    date: '2025-10-06',
    sources: [stream, list, profile],
  },
  {
    title: 'InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales',
    arxiv: '2406.13629',
    date: '2024-06-19',
    code: 'https://github.com/weizhepei/InstructRAG',
    sources: [listing, stream, list, profile],
  },
  {
    title: 'A Novel Cascade Binary Tagging Framework for Relational Triple Extraction',
    date: '2019-09-07',
    sources: [profile],
  },
  {
    title: 'Jointly Modeling Hierarchical and Horizontal Features for Relational Triple Extraction',
    date: '2019-08-23',
    sources: [profile],
  },
];
const toolbox = {
  arxiv: '2111.12776',
  date: '2021-11-24',
  code: 'https://github.com/ZhiningLiu1998/imbalanced-ensemble',
  sources: [listing],
};

let report: IngestReport;
let files: PublicationOnDisk[];
let siteData: { owner: { name: string; source: string }; stats: { label: string; value: string }[] };
const byTitle = (title: string) => {
  const found = files.find((file) => file.data['title'] === title);
  if (!found) throw new Error(`no publication titled “${title}”`);
  return found;
};
const topicsOf = (title: string) => byTitle(title).data['topics'] as string[];

beforeAll(async () => {
  const project = await makeProject({ copySources: exampleSources });
  report = await project.run();
  files = [...(await project.publicationFiles()).values()];
  siteData = JSON.parse(await project.read('content/generated/site.json')) as typeof siteData;
});

describe('the example documents', () => {
  it('give exactly 19 publication files', () => {
    expect(files).toHaveLength(19);
    expect(report.publications.total).toBe(19);
    expect(report.publications.created).toHaveLength(19);
  });

  it('give exactly the arXiv ids the listing and the glued stream name', () => {
    const named = new Set(
      [listing, stream].flatMap((name) => arxivIdsIn(readFileSync(join(exampleSources, name), 'utf8'))),
    );
    const published = files.flatMap((file) => (file.data['arxiv'] ? [file.data['arxiv'] as string] : []));
    expect(published.sort()).toEqual([...named].sort());
    expect(published).toHaveLength(13);
  });

  it('give the 18 papers of the profile page with their ids, dates, venues, code links and sources', () => {
    for (const paper of expected) {
      const { data } = byTitle(paper.title);
      expect(data['arxiv'], paper.title).toBe(paper.arxiv);
      expect(data['date'], paper.title).toBe(paper.date);
      expect(data['venue'], paper.title).toBe(paper.venue);
      expect((data['links'] as Record<string, string>)['code'], paper.title).toBe(paper.code);
      expect(data['sources'], paper.title).toEqual(paper.sources);
      expect(data['titleDerived'], paper.title).toBeUndefined();
    }
  });

  it('give the toolbox no document names a derived title, and warn about it', () => {
    const untitled = files.filter((file) => file.data['titleDerived'] === true);
    expect(untitled).toHaveLength(1);
    const [file] = untitled;
    expect(file?.data).toMatchObject({
      arxiv: toolbox.arxiv,
      date: toolbox.date,
      links: { code: toolbox.code },
      sources: toolbox.sources,
    });
    expect(file?.data['title']).toMatch(
      /^Imbalanced-ensemble, abbreviated as imbens, is an open-source Python toolbox/,
    );
    expect(report.diagnostics).toContainEqual({
      level: 'warning',
      file: `content/publications/${file?.slug}.mdx`,
      message: expect.stringContaining('derived from its abstract'),
    });
  });

  it('keep the near-identical titles apart', () => {
    expect(byTitle('Incentivized Communication for Federated Bandits').data['arxiv']).toBe('2309.11702');
    expect(byTitle('Incentivized Truthful Communication for Federated Bandits').data['arxiv']).toBe('2402.04485');
  });

  it('keep apart the two papers by the same first author on 2021-11-24', () => {
    const sameDay = files.filter((file) => file.data['date'] === '2021-11-24');
    expect(sameDay.map((file) => file.data['arxiv'] ?? file.data['title']).sort()).toEqual([
      '2111.12776',
      'Handling Inter-class and Intra-class Imbalance in Class-imbalanced Learning',
    ]);
  });

  it('leave out the 34 papers of the trending page, with the reason, and let it contribute to no publication', () => {
    expect(report.skipped).toHaveLength(34);
    expect(
      report.skipped.every(
        (skipped) => skipped.source === trending && /trending/.test(skipped.reason) && skipped.title,
      ),
    ).toBe(true);
    expect(report.documents.find((document) => document.name === trending)).toMatchObject({
      format: 'trending-page',
      records: 34,
      contributes: false,
    });
    expect(files.filter((file) => (file.data['sources'] as string[]).includes(trending))).toEqual([]);
  });

  it('report each merge with the records it joined', () => {
    expect(report.merges).toHaveLength(14);
    const persona = report.merges.find((merge) => merge.slug.startsWith('personaagent'));
    expect(persona?.records).toEqual([
      { source: listing, line: 1 },
      { source: stream, line: 4 },
      { source: list, line: 4 },
      { source: profile, line: 12 },
    ]);
    // Four records, three links, each listing its signals and their weights.
    expect(persona?.evidence).toHaveLength(3);
    for (const link of persona?.evidence ?? []) {
      expect(link.weight).toBeCloseTo(link.signals.reduce((sum, signal) => sum + signal.weight, 0), 1);
      expect(link.weight).toBeGreaterThan(6);
    }
    const signals = new Set(persona?.evidence.flatMap((link) => link.signals.map((signal) => signal.signal)));
    expect(signals).toContain('arxivId');
    expect(signals).toContain('abstract');
  });

  it('take the comment lines out of the abstracts', () => {
    expect(byTitle('Incentivized Truthful Communication for Federated Bandits').body).not.toContain('20 pages');
    expect(
      byTitle('InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales').body,
    ).not.toContain('Code:');
    expect(byTitle('AdaDecode: Accelerating LLM Decoding with Adaptive Layer Parallelism').body).not.toContain(
      'ICML 2025',
    );
  });

  it('name Zhepei Wei as the owner, from the profile page, with its stats', () => {
    expect(report.owner).toEqual({ name: 'Zhepei Wei', source: profile });
    expect(siteData.owner).toEqual({ name: 'Zhepei Wei', source: profile });
    expect(siteData.stats).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'h-index', value: '38' }),
        expect.objectContaining({ label: 'citations', value: '1,749' }),
      ]),
    );
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('write files whose frontmatter validates and whose body compiles as MDX with math, without any JSX', async () => {
    for (const file of files) {
      validPublication(file.data);
      await compileBody(file.text);
      const types = nodeTypes(mdxTree(file.body));
      for (const jsx of [
        'mdxJsxFlowElement',
        'mdxJsxTextElement',
        'mdxFlowExpression',
        'mdxTextExpression',
        'mdxjsEsm',
      ])
        expect(types.has(jsx), file.slug).toBe(false);
    }
    expect(byTitle('You Only Need Minimal RLVR Training: Extrapolating LLMs via Rank-1 Trajectories').body).toContain(
      '$\\times$',
    );
  });
});

describe('topics of the example documents', () => {
  it('give every publication one to three topics', () => {
    for (const file of files) {
      const topics = file.data['topics'] as string[];
      expect(topics.length, file.slug).toBeGreaterThanOrEqual(1);
      expect(topics.length, file.slug).toBeLessThanOrEqual(3);
    }
  });

  it('let no topic cover more than half of the publications', () => {
    const counts = new Map<string, number>();
    for (const file of files)
      for (const topic of file.data['topics'] as string[]) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    for (const [topic, count] of counts) expect(count, topic).toBeLessThanOrEqual(files.length / 2);
  });

  const groups: [thread: string, titles: string[]][] = [
    [
      'federated bandits',
      ['Incentivized Communication for Federated Bandits', 'Incentivized Truthful Communication for Federated Bandits'],
    ],
    [
      'relational triple extraction',
      [
        'A Novel Cascade Binary Tagging Framework for Relational Triple Extraction',
        'Jointly Modeling Hierarchical and Horizontal Features for Relational Triple Extraction',
      ],
    ],
    [
      'retrieval-augmented generation',
      [
        'InstructRAG: Instructing Retrieval-Augmented Generation via Self-Synthesized Rationales',
        'Separate the Wheat from the Chaff: Winnowing Down Divergent Views in Retrieval Augmented Generation',
      ],
    ],
    [
      'class imbalance',
      [
        'Handling Inter-class and Intra-class Imbalance in Class-imbalanced Learning',
        '(the imbalanced-ensemble toolbox)',
      ],
    ],
    [
      'reinforcement learning for LLMs',
      [
        'The Surprising Effectiveness of Negative Reinforcement in LLM Reasoning',
        'You Only Need Minimal RLVR Training: Extrapolating LLMs via Rank-1 Trajectories',
        'WebAgent-R1: Training Web Agents via End-to-End Multi-Turn Reinforcement Learning',
        'TruthRL: Incentivizing Truthful LLMs via Reinforcement Learning',
        'Beyond Outcome Reward: Decoupling Search and Answering Improves LLM Agents',
      ],
    ],
  ];
  it.each(groups)('give the %s papers a shared topic', (_, titles) => {
    const topicSets = titles.map((title) =>
      title === '(the imbalanced-ensemble toolbox)'
        ? (files.find((file) => file.data['arxiv'] === toolbox.arxiv)?.data['topics'] as string[])
        : topicsOf(title),
    );
    const shared = topicSets.reduce((common, topics) => common.filter((topic) => topics.includes(topic)));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keep the threads apart: the federated-bandit and relational-triple papers share no topic', () => {
    const bandits = topicsOf('Incentivized Communication for Federated Bandits');
    const triples = topicsOf('A Novel Cascade Binary Tagging Framework for Relational Triple Extraction');
    expect(bandits.filter((topic) => triples.includes(topic))).toEqual([]);
  });
});

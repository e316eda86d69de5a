/**
 * A made-up researcher's site for tests (and screenshots): a profile with photo and name aliases,
 * selected papers, more publications than `pageSize`, owner name variants, math and hostile text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { createScratchProject, type ScratchProject } from './scratch-project.ts';

export const fixturePageSize = 3;

export interface FixturePaper {
  slug: string;
  title: string;
  authors: string[];
  date?: string;
  venue?: string;
  featured?: boolean;
  topics?: string[];
  abstract: string;
}

export const fixturePapers: FixturePaper[] = [
  {
    slug: 'sparse-attention',
    title: 'Sparse Attention with $\\frac{1}{\\sqrt{d}}$ Scaling',
    authors: ['Jane Q. Doe', 'Ann Lee'],
    date: '2025-05-01',
    venue: 'ICML 2025',
    featured: true,
    topics: ['attention'],
    abstract: 'We bound $\\frac{a}{b}$ and keep {braces} as text.',
  },
  {
    slug: 'hostile-title',
    title: 'Robust <script>alert(1)</script> & "Quoted" Models',
    authors: ['Bo Chen', 'J. Doe'],
    date: '2025-03-01',
    topics: ['attention', 'robustness'],
    abstract: 'An abstract with <b>markup</b> & ampersands.',
  },
  {
    slug: 'consortium',
    title: 'A Consortium Report on Everything',
    authors: [
      ...Array.from({ length: 24 }, (_, index) => `Author${String.fromCharCode(65 + index)} Person`),
      'Doe, Jane Q.',
      'Last Person',
    ],
    date: '2025-01-01',
    venue: 'Nature',
    topics: ['robustness'],
    abstract: 'Many authors.',
  },
  {
    slug: 'bandit-regret',
    title: 'Regret Bounds for Incentivized Bandits',
    authors: ['Jané Doe', 'Cy Park'],
    date: '2024-06-01',
    venue: 'NeurIPS 2024',
    topics: ['bandits', 'robustness'],
    abstract: 'Regret is $O(\\sqrt{T})$.',
  },
  {
    slug: 'bandit-privacy',
    title: 'Private Federated Bandits',
    authors: ['Di Wu', 'Jane Doe'],
    date: '2024-02-01',
    topics: ['bandits'],
    abstract: 'Privacy.',
  },
  {
    slug: 'old-workshop',
    title: 'An Early Workshop Paper',
    authors: ['Jane Doe'],
    date: '2019-09',
    venue: 'Workshop on Things',
    topics: ['robustness'],
    abstract: 'Early work.',
  },
  { slug: 'undated-note', title: 'A Note Without a Date', authors: ['Eve Ng', 'Jane Doe'], abstract: 'Undated.' },
];

function mdx(paper: FixturePaper): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(paper.title)}`,
    `authors: ${JSON.stringify(paper.authors)}`,
    ...(paper.date ? [`date: "${paper.date}"`] : []),
    ...(paper.venue ? [`venue: ${JSON.stringify(paper.venue)}`] : []),
    `featured: ${paper.featured ?? false}`,
    `topics: ${JSON.stringify(paper.topics ?? [])}`,
    'sources: [fixture.txt]',
    '---',
    '',
    // As the ingest writes MDX: math verbatim, and outside math the characters MDX would read as JSX escaped.
    paper.abstract.replace(/(\$[^$]*\$)|[<{}]/g, (match, math?: string) => math ?? `\\${match}`),
    '',
  ];
  return lines.join('\n');
}

const profile = `name: Jane Q. Doe
aliases: ["Doe, J."]
headline: Researcher in learning theory
affiliation: Example University
email: jane@example.org
photo: me.png
pageSize: ${fixturePageSize}
links:
  Scholar: https://scholar.example.org/jane
`;

const topics = `topics:
  - { slug: attention, label: Attention & Transformers, keywords: [attention] }
  - { slug: bandits, label: Bandits, keywords: [bandit] }
`;

/** Creates the scratch project with the fixture content and a generated photo; build it with `.build()`. */
export async function createProfileFixture(): Promise<ScratchProject> {
  const files: Record<string, string> = { 'content/profile.yaml': profile, 'content/topics.yaml': topics };
  for (const paper of fixturePapers) files[`content/publications/${paper.slug}.mdx`] = mdx(paper);
  const project = await createScratchProject(files);
  // A plain square "portrait": any image exercises the resizing; nobody's face is needed.
  const photo = await sharp({ create: { width: 600, height: 600, channels: 3, background: { r: 90, g: 120, b: 160 } } })
    .png()
    .toBuffer();
  await writeFile(join(project.root, 'content/me.png'), photo);
  return project;
}

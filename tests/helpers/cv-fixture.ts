/**
 * A made-up researcher (a soil scientist) with every CV section, a selected paper with a citation
 * count, a hidden paper, and two pages of their own, one using a component and math. For the CV's
 * browser tests and its screenshot.
 */

export const cvFixture = {
  basics: {
    name: 'Ngozi Adeyemi',
    label: 'Associate Professor of Soil Science',
    email: 'ngozi@example.org',
    url: 'https://soil.example.org',
    location: { city: 'Ibadan', countryCode: 'NG' },
    profiles: [{ network: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097' }],
  },
  work: [{ name: 'University of Ibadan', position: 'Associate Professor', startDate: '2020-09' }],
  education: [{ institution: 'Wageningen University', studyType: 'PhD', area: 'Soil Biology', endDate: '2014' }],
  awards: [{ title: 'Early Career Award', awarder: 'A soil science society', date: '2019' }],
  grants: [
    { title: 'Microbial carbon in tropical soils', funder: 'A research council', startDate: '2021', endDate: '2024' },
  ],
  teaching: [{ course: 'Soil Microbiology', institution: 'University of Ibadan', role: 'Lecturer', startDate: '2020' }],
  talks: [
    {
      title: 'Carbon under the canopy',
      event: 'A soil ecology workshop',
      date: '2023-05',
      url: 'https://talks.example.org/carbon',
    },
  ],
  volunteer: [{ organization: 'A soil journal', position: 'Associate editor', startDate: '2022' }],
  skills: [{ name: 'Methods', keywords: ['Metagenomics', 'Isotope tracing'] }],
};

function paper(slug: string, fields: string): string {
  return `---\ntitle: ${slug.replaceAll('-', ' ')}\nauthors: [Ngozi Adeyemi, Kofi Mensah]\nsources: [hand-written]\n${fields}\n---\nAn abstract.\n`;
}

export const cvFixtureFiles: Record<string, string> = {
  'content/profile.yaml': 'name: Ngozi Adeyemi\n',
  'content/cv.json': JSON.stringify(cvFixture, null, 2),
  'content/publications/root-microbiomes.mdx': paper(
    'root-microbiomes',
    'date: 2023-04-01\nvenue: Soil Biology and Biochemistry\ntype: article\nfeatured: true\ncitations: { count: 42, source: a profile page }',
  ),
  'content/publications/nitrogen-cycling.mdx': paper(
    'nitrogen-cycling',
    'date: 2022-06-01\nvenue: Proceedings of the Soil Ecology Conference\ntype: conference',
  ),
  'content/publications/withdrawn-draft.mdx': paper('withdrawn-draft', 'date: 2024-01-01\nhidden: true'),
  'content/components/Callout.astro':
    '---\nconst { tone } = Astro.props;\n---\n<aside class="callout" data-tone={tone}><slot /></aside>\n',
  'content/pages/teaching.mdx':
    '---\ntitle: Teaching\norder: 2\n---\nimport Callout from \'../components/Callout.astro\';\n\nThe variance is $\\sigma^2$.\n\n<Callout tone="info">Office hours on Tuesdays.</Callout>\n',
  'content/pages/group.mdx': '---\ntitle: Our group\norder: 1\n---\nWho we are.\n',
};

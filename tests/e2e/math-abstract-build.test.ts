/**
 * Astro 7 compiles MDX with its Sätteri processor by default, which reads `{…}` in math as a JSX
 * expression and fails the build. This builds a real site from an abstract full of math and braces
 * to prove the configured processor (unified with remark-math and rehype-katex) handles it.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

const abstract =
  'We prove that $\\frac{E}{m} = c^{2}$ and $\\sum_{i=1}^{n} x_i \\leq \\left\\{ y \\right\\}$ hold for every set {a, b} ' +
  'with <at most> n elements, where x > 0 & y < 1; see {https://example.org/code}. Our bound is $O(n^{1/2})$ in the worst case, ' +
  'which improves on the $\\Omega(n)$ lower bound of prior work by a factor of $\\sqrt{n}$ for all practical inputs.';

describe('an abstract full of math and braces', () => {
  let project: ScratchProject;
  let page: string;

  beforeAll(async () => {
    project = await createScratchProject({
      'content/sources/listing.txt': `${abstract}\n\nICML 2025\n\narXiv:2501.00001\nCreated: 2025-01-02\n`,
    });
    const outDir = project.build();
    const [slug] = await readdir(join(project.root, 'content/publications')).then((names) =>
      names.filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, '')),
    );
    const html = await readFile(join(outDir, 'publications', slug ?? '', 'index.html'), 'utf8');
    // The rendered page: the head's meta tags, JSON-LD and the BibTeX block rightly carry TeX as text.
    page = html
      .slice(html.indexOf('<main'), html.indexOf('</main>'))
      .replace(/<script[\s\S]*?<\/script>|<pre[\s\S]*?<\/pre>/g, '');
  });

  afterAll(() => project?.remove());

  it('builds, and renders the math with KaTeX at build time', () => {
    expect(page).toContain('class="katex"');
    expect(page).toMatch(/<annotation encoding="application\/x-tex">\\frac\{E\}\{m\} = c\^\{2\}<\/annotation>/);
    expect(page).not.toContain('$\\frac');
  });

  it('keeps braces and angle brackets outside math as escaped text', () => {
    // `<` may be written `&lt;` or `&#x3C;`; either way it is text, not a tag.
    expect(page).toMatch(/every set \{a, b\} with (&lt;|&#x3C;)at most(&gt;|>) n elements/);
    expect(page).not.toContain('<at most>');
  });

  it('links a URL in braces without the braces', () => {
    expect(page).toContain('<a href="https://example.org/code">https://example.org/code</a>');
  });
});

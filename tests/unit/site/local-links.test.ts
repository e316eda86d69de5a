import { describe, expect, it } from 'vitest';
import { brokenLinks, localLinks, type PageHtml } from '../../../src/lib/local-links.ts';

const files = new Set(['index.html', 'teaching/index.html', 'files/syllabus.pdf', 'publications/a-paper/index.html']);
const exists = (file: string) => files.has(file);

/** Both steps, as the build runs them: find the links, then judge them. */
function findBrokenLocalLinks(
  pages: readonly PageHtml[],
  options: { base: string; exists: (file: string) => boolean; ignore?: readonly string[] },
) {
  return brokenLinks(localLinks(pages, options.base), options);
}

describe('local links that lead nowhere', () => {
  it('names the page and the link of every local link that leads to no file of the site', () => {
    const pages = [
      {
        file: 'teaching/index.html',
        html:
          '<a href="/files/syllabus.pdf">Syllabus</a> <a href="/files/slides-week-1.pdf">Slides</a> ' +
          '<a href="../publications/a-paper/">Paper</a> <a href="../publications/gone/">Gone</a> ' +
          '<img src="diagram.png" alt="">',
      },
    ];
    expect(findBrokenLocalLinks(pages, { base: '/', exists })).toEqual([
      { page: 'teaching/index.html', href: '/files/slides-week-1.pdf' },
      { page: 'teaching/index.html', href: '../publications/gone/' },
      { page: 'teaching/index.html', href: 'diagram.png' },
    ]);
  });

  it('leaves other sites, e-mail, anchors and the ignored paths alone', () => {
    const html =
      '<a href="https://example.org/x.pdf">x</a> <a href="mailto:a@example.org">mail</a> <a href="#top">top</a> ' +
      '<a href="//cdn.example.org/y">y</a> <a href="/cv.pdf">PDF</a>';
    expect(findBrokenLocalLinks([{ file: 'index.html', html }], { base: '/', exists, ignore: ['cv.pdf'] })).toEqual([]);
  });

  it('reads links under a sub-path, and reports those that leave it', () => {
    const html =
      '<a href="/lab/files/syllabus.pdf">ok</a> <a href="/files/syllabus.pdf">outside</a> <a href="/lab/teaching/">ok</a>';
    expect(findBrokenLocalLinks([{ file: 'index.html', html }], { base: '/lab/', exists })).toEqual([
      { page: 'index.html', href: '/files/syllabus.pdf' },
    ]);
  });
});

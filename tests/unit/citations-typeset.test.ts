/**
 * The BibTeX export typeset as authors use it: pdflatex with classic BibTeX (`plain`; `abbrv`,
 * `acm` and `IEEEtran`, whose initials once split Ø into invalid UTF-8) and with biblatex and Biber,
 * on a bibliography of hard names, TeX and every type of work. Any error or warning fails.
 */
import { describe, expect, it } from 'vitest';
import { toBibtexList } from '../../src/lib/citations/bibtex.ts';
import { hardBibliography } from '../helpers/hard-bibliography.ts';
import { typesetWithBiber, typesetWithBibtex } from '../helpers/typeset-bibtex.ts';

const bib = toBibtexList(
  hardBibliography,
  (publication) => `https://lab.example.org/publications/${publication.slug}/`,
);

describe('the BibTeX export typesets', { timeout: 120_000 }, () => {
  // `plain` and `abbrv` come with BibTeX; `ieeetr` and `acm` are the IEEE's and the ACM's classic
  // styles, also in TeX Live's base; `IEEEtran` is the IEEE's current one (texlive-publishers).
  // (The ACM's current `ACM-Reference-Format` needs its `acmart` class and that class's fonts.)
  it.each(['plain', 'abbrv', 'ieeetr', 'acm', 'IEEEtran'])("with pdflatex and BibTeX's %s style, without an error or warning", (style) => {
    const { problems, bbl } = typesetWithBibtex(bib, style);
    expect(problems).toEqual([]);
    expect(bbl.match(/\\bibitem/g)).toHaveLength(hardBibliography.length);
    if (style !== 'plain') {
      // Initials of given names that start outside ASCII stay whole letters, before the family
      // name or after it as the style has it ("Ø. Berg", "Berg, Ø.").
      expect(bbl).toMatch(/\{\\O\}\.~Berg|Berg, \{\\O\}\./);
      expect(bbl).toMatch(/\{\\L\}\.~\{\\L\}ukasiewicz|\{\\L\}ukasiewicz, \{\\L\}\./);
      expect(bbl).toMatch(/\{\\'E\}\.~del R\{\\'i\}o|del R\{\\'i\}o, \{\\'E\}\./);
    }
  });

  it('with pdflatex, biblatex and Biber, without an error or warning', () => {
    // Biber decodes only the outer accent of a letter with two (Yoruba's ẹ́, Vietnamese's ặ), in any
    // spelling, and leaves pdflatex an accent over a UTF-8 byte; such names need XeLaTeX or LuaLaTeX
    // with Biber. docs/exports.md says so; every other entry is typeset here.
    const typesettable = hardBibliography.filter((publication) => !hasStackedAccents(JSON.stringify(publication)));
    expect(typesettable.length).toBeGreaterThan(3);
    const { problems, bbl } = typesetWithBiber(
      toBibtexList(typesettable, (publication) => `https://lab.example.org/publications/${publication.slug}/`),
    );
    expect(problems).toEqual([]);
    expect(bbl.match(/\\entry\{/g)).toHaveLength(typesettable.length);
    // biblatex reads BibTeX's archivePrefix and primaryClass as its eprinttype and eprintclass.
    expect(bbl).toContain('\\field{eprintclass}{cs.LG}');
    expect(bbl).toContain('\\field{eprinttype}{arXiv}');
  });
});

/** A letter with two or more diacritics. */
function hasStackedAccents(text: string): boolean {
  return /\p{L}\p{M}{2,}/u.test(text.normalize('NFD'));
}

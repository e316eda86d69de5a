/**
 * Typesetting a `.bib` file as an author would: pdflatex with classic BibTeX and a given style, or
 * biblatex with Biber. Returns every error and warning the tools printed, so tests can require none.
 * Needs Debian's texlive-latex-base, texlive-latex-recommended, texlive-bibtex-extra,
 * texlive-publishers (for IEEEtran) and biber (`.ci/run` installs them).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TypesetResult {
  /** Error and warning lines from pdflatex's log and BibTeX's or Biber's. */
  problems: string[];
  /** The bibliography LaTeX typeset (`.bbl`), to check what came out. */
  bbl: string;
}

/**
 * T1, the font encoding most documents with names beyond English choose: Þ, Ð and Đ exist only
 * there, written as commands or typed as UTF-8 alike.
 */
const preamble = '\\usepackage[T1]{fontenc}\n';

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failure = error as { code?: string; stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `${command} is not installed: install texlive-latex-base, texlive-latex-recommended, texlive-bibtex-extra, texlive-publishers and biber`,
        { cause: error },
      );
    }
    // TeX tools exit non-zero on errors; the caller reads the logs.
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
  }
}

function pdflatex(cwd: string): string {
  return run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'paper.tex'], cwd);
}

/** Lines of a TeX log that report an error (`! …`) or a bad input character. */
function latexProblems(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => /^! |Invalid UTF-8|not set up for use with LaTeX|Missing character/.test(line));
}

function inScratch<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'typeset-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdflatex + bibtex + pdflatex ×2 with `\bibliographystyle{style}`, every entry cited. */
export function typesetWithBibtex(bib: string, style: string): TypesetResult {
  return inScratch((dir) => {
    writeFileSync(join(dir, 'refs.bib'), bib);
    writeFileSync(
      join(dir, 'paper.tex'),
      `\\documentclass{article}\n${preamble}\\begin{document}\n\\nocite{*}\n\\bibliographystyle{${style}}\n\\bibliography{refs}\n\\end{document}\n`,
    );
    pdflatex(dir);
    const bibtexOutput = run('bibtex', ['paper'], dir);
    pdflatex(dir);
    pdflatex(dir);
    const blg = readFileSync(join(dir, 'paper.blg'), 'utf8');
    const problems = [
      ...blg
        .split('\n')
        .filter((line) => /^Warning--|error message|^I (couldn't|was expecting)|---line \d+/.test(line)),
      ...bibtexOutput.split('\n').filter((line) => /Invalid UTF-8|can't/.test(line)),
      ...latexProblems(readFileSync(join(dir, 'paper.log'), 'latin1')),
    ];
    return { problems, bbl: readFileSync(join(dir, 'paper.bbl'), 'utf8') };
  });
}

/** pdflatex + biber + pdflatex with biblatex's default style, every entry cited. */
export function typesetWithBiber(bib: string): TypesetResult {
  return inScratch((dir) => {
    writeFileSync(join(dir, 'refs.bib'), bib);
    writeFileSync(
      join(dir, 'paper.tex'),
      `\\documentclass{article}\n${preamble}\\usepackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n\\begin{document}\n\\nocite{*}\n\\printbibliography\n\\end{document}\n`,
    );
    pdflatex(dir);
    const biberOutput = run('biber', ['--quiet', 'paper'], dir);
    pdflatex(dir);
    pdflatex(dir);
    const problems = [
      ...biberOutput.split('\n').filter((line) => /WARN|ERROR/.test(line)),
      ...latexProblems(readFileSync(join(dir, 'paper.log'), 'latin1')),
    ];
    return { problems, bbl: readFileSync(join(dir, 'paper.bbl'), 'utf8') };
  });
}

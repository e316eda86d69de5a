import { describe, expect, it } from 'vitest';
import { parseAddArguments } from '../../../scripts/add/arguments.ts';

const files = new Set(['papers.bib', '2406.13629']);
const isFile = (path: string) => files.has(path);

describe('parseAddArguments', () => {
  it('sorts files from arXiv references, drops versions and repeats, and reads --build', () => {
    expect(
      parseAddArguments(
        ['papers.bib', 'arXiv:2405.14734v3', '--build', 'https://arxiv.org/abs/2405.14734', 'hep-th/9901001'],
        isFile,
      ),
    ).toEqual({
      kind: 'add',
      request: { files: ['papers.bib'], arxivIds: ['2405.14734', 'hep-th/9901001'], build: true },
    });
  });

  it('takes an existing file literally, even if its name looks like an id', () => {
    expect(parseAddArguments(['2406.13629'], isFile)).toMatchObject({
      kind: 'add',
      request: { files: ['2406.13629'], arxivIds: [] },
    });
  });

  it('refuses anything else with the accepted forms listed', () => {
    const parsed = parseAddArguments(['missing.bib', '2406.136'], isFile);
    expect(parsed.kind).toBe('usage-error');
    const message = parsed.kind === 'usage-error' ? parsed.message : '';
    expect(message).toContain('“missing.bib” is neither an existing file nor an arXiv id or URL');
    expect(message).toContain('“2406.136”');
    expect(message).toContain(
      '2401.01234v2, arXiv:2401.01234, https://arxiv.org/abs/2401.01234v1, https://arxiv.org/pdf/2401.01234, hep-th/9901001',
    );
  });

  it('refuses an empty command and unknown options', () => {
    expect(parseAddArguments([], isFile)).toMatchObject({
      kind: 'usage-error',
      message: expect.stringContaining('Nothing to add'),
    });
    expect(parseAddArguments(['--force', '2406.13629v1'], () => false)).toMatchObject({
      kind: 'usage-error',
      message: expect.stringContaining('--force'),
    });
  });

  it('answers --help', () => {
    expect(parseAddArguments(['2406.13629', '--help'], isFile)).toEqual({ kind: 'help' });
  });
});

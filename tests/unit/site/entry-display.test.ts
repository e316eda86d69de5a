import { describe, expect, it } from 'vitest';
import { listBibtex, localPreview } from '../../../src/lib/entry-display.ts';

describe('al-folio display fields', () => {
  it.each([
    [undefined, 'link'],
    [true, 'inline'],
    [false, 'none'],
  ] as const)('bibtexShow %s offers the BibTeX as %s', (bibtexShow, mode) => {
    expect(listBibtex(bibtexShow === undefined ? {} : { bibtexShow })).toBe(mode);
  });

  it('shows a preview inside content/, and never a remote one', () => {
    expect(localPreview({ preview: 'previews/kelp.png' })).toBe('previews/kelp.png');
    expect(localPreview({ preview: './previews/kelp.png' })).toBe('previews/kelp.png');
    expect(localPreview({ preview: 'https://example.org/cover.jpg' })).toBeUndefined();
    expect(localPreview({})).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { publicationSchema } from '../../../src/schema/publication.ts';

const base = { title: 'A paper', authors: ['Jane van der Berg', 'Ann Roe'] };

describe('publication schema', () => {
  it('accepts structured author names parallel to the display strings, with roles', () => {
    const parsed = publicationSchema.parse({
      ...base,
      authorNames: [
        { given: 'Jane', particle: 'van der', family: 'Berg', roles: ['equal-contribution'] },
        { given: 'Ann', family: 'Roe', roles: ['equal-contribution', 'corresponding'] },
      ],
    });
    expect(parsed.authorNames?.[0]).toEqual({ given: 'Jane', particle: 'van der', family: 'Berg', roles: ['equal-contribution'] });
  });

  it('rejects a role it does not know', () => {
    expect(publicationSchema.safeParse({ ...base, authorNames: [{ family: 'Berg', roles: ['first'] }] }).success).toBe(false);
  });

  it.each(['previews/figure one.png', 'https://example.org/thumb.png'])('accepts the preview %s', (preview) => {
    expect(publicationSchema.parse({ ...base, preview }).preview).toBe(preview);
  });

  it.each(['../secret.png', 'previews/../../x.png', '/etc/passwd', 'javascript:alert(1)', 'data:image/png;base64,AA', ' '])(
    'rejects the preview %s',
    (preview) => {
      expect(publicationSchema.safeParse({ ...base, preview }).success).toBe(false);
    },
  );

  it('keeps al-folio display fields', () => {
    const parsed = publicationSchema.parse({ ...base, abbr: 'PRL', award: 'Best Paper Award', bibtexShow: true, featured: true });
    expect([parsed.abbr, parsed.award, parsed.bibtexShow, parsed.featured]).toEqual(['PRL', 'Best Paper Award', true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { abbreviateAuthors, markOwner } from '../../../src/lib/highlight-owner.ts';
import { createNameMatcher, parseName } from '../../../src/lib/person-name.ts';

describe('owner name matching', () => {
  const isJane = createNameMatcher(['Jane Q. Doe']);

  it.each([
    'Jane Q. Doe',
    'Jane Doe',
    'J. Doe',
    'J. Q. Doe',
    'J.Q. Doe',
    'Doe, Jane',
    'Doe, J.',
    'DOE, JANE Q.',
    'Doe JQ',
    'Jané Dœ',
    'Jäne Döe',
  ])('recognises %s', (variant) => {
    expect(isJane(variant)).toBe(true);
  });

  it.each(['John Doe', 'Jane Smith', 'Doe', 'Q. Doe', 'Janet Doe', ''])('does not claim %s', (other) => {
    expect(isJane(other)).toBe(false);
  });

  it('handles family-name particles and diacritics on both sides', () => {
    const isLudwig = createNameMatcher(['Ludwig van der Berg']);
    expect(isLudwig('van der Berg, Ludwig')).toBe(true);
    expect(isLudwig('L. van der Berg')).toBe(true);
    expect(createNameMatcher(['Zoë Łukasz'])('Zoe Lukasz')).toBe(true);
    expect(createNameMatcher(['Søren Kierkegaard'])('S. Kierkegaard')).toBe(true);
  });

  it('uses every alias of the owner', () => {
    const isOwner = createNameMatcher(['Jane Doe', 'Jane Roe']);
    expect(isOwner('J. Roe')).toBe(true);
  });

  it('parses the family name first when a comma says so', () => {
    expect(parseName('Doe, Jane Q.')).toMatchObject({ family: 'doe', given: ['jane', 'q'] });
  });
});

describe('markOwner and abbreviateAuthors', () => {
  const authors = ['Ann Lee', 'J. Doe', 'Bo Chen', 'Cy Park', 'Di Wu'];

  it('marks exactly the owner', () => {
    expect(markOwner(authors, ['Jane Doe']).map((author) => author.isOwner)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('keeps every author when the list is short', () => {
    const result = abbreviateAuthors(markOwner(authors, ['Jane Doe']), 10);
    expect(result.hidden).toBe(0);
    expect(result.shown).toHaveLength(5);
  });

  it('keeps the owner visible when a long list is cut', () => {
    const result = abbreviateAuthors(markOwner([...authors, 'Eve Ng', 'Jane Doe'].reverse(), ['Jane Doe']), 3);
    expect(result.shown.map((author) => author.name)).toEqual(['Jane Doe', 'Eve Ng', 'Di Wu']);
    const late = abbreviateAuthors(markOwner(['A B', 'C D', 'E F', 'G H', 'Jane Doe'], ['Jane Doe']), 3);
    expect(late.shown.map((author) => author.name)).toEqual(['A B', 'C D', 'Jane Doe']);
    expect(late).toMatchObject({ hidden: 2, ownerAfterGap: true });
  });
});

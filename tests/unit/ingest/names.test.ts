/** Person-name matching for ownership: the spellings of one person match, different people do not. */
import { describe, expect, it } from 'vitest';
import { includesOwner, namesMatch } from '../../../scripts/ingest/names.ts';

describe('namesMatch', () => {
  const same: [string, string][] = [
    ['Jane Q. Doe', 'J. Doe'],
    ['Jane Q. Doe', 'Doe, Jane'],
    ['Jane Q. Doe', 'Jane Doe'],
    ['Léa Fontaine', 'Lea Fontaine'],
    ['Léa Fontaine', 'Fontaine, L.'],
    ['Jörg Müller', 'Müller, J.'],
    ['Zhepei Wei', 'ZHEPEI WEI'],
    ['Wei-Lin Chen', 'W. Chen'],
    ['Jan van der Berg', 'J. van der Berg'],
    ['Jan van der Berg', 'van der Berg, Jan'],
    ['María de la Cruz', 'de la Cruz, Maria'],
  ];
  it.each(same)('matches “%s” with “%s”', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });

  const different: [string, string][] = [
    ['Jane Doe', 'Jane Roe'],
    ['Jane Doe', 'John Doe'],
    ['Zhepei Wei', 'Pengfei Wei'],
    ['Léa Fontaine', 'Léo Fontaine'],
    ['Jane Doe', 'J. Doerr'],
  ];
  it.each(different)('does not match “%s” with “%s”', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
    expect(namesMatch(b, a)).toBe(false);
  });
});

describe('includesOwner', () => {
  it('finds the owner under any of their spellings', () => {
    expect(includesOwner(['Ana Lima', 'J. Doe'], ['Jane Doe'])).toBe(true);
    expect(includesOwner(['Ana Lima', 'Wei Chen'], ['Jane Doe', 'Doe, J.'])).toBe(false);
    expect(includesOwner([], ['Jane Doe'])).toBe(false);
  });
});

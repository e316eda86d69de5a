import { describe, expect, it } from 'vitest';
import { knownVenue, shortVenue } from '../../../../src/lib/venues/short-venue.ts';
import { knownVenues } from '../../../../src/lib/venues/known-venues.ts';

describe('venues as people cite them', () => {
  it.each([
    [
      'the acronym a BibTeX booktitle gives in parentheses',
      'Advances in Neural Information Processing Systems (NeurIPS)',
      2024,
      undefined,
      'NeurIPS 2024',
    ],
    [
      'a parenthesised acronym with its year',
      'Conference on Empirical Methods in Natural Language Processing (EMNLP 2023)',
      2023,
      undefined,
      'EMNLP 2023',
    ],
    [
      'a long ACL proceedings title, ignoring the volume in parentheses',
      'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)',
      2024,
      undefined,
      'ACL 2024',
    ],
    [
      'NAACL, whose name contains the association’s',
      'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies',
      2019,
      undefined,
      'NAACL 2019',
    ],
    [
      'Findings, named after the conference it went with',
      'Findings of the Association for Computational Linguistics: EMNLP 2023',
      2023,
      undefined,
      'Findings of EMNLP 2023',
    ],
    [
      'an ordinal edition of a known conference',
      'The Twelfth International Conference on Learning Representations',
      2024,
      undefined,
      'ICLR 2024',
    ],
    ['a journal cited by volume', 'Physical Review B', 2015, '91', 'Phys. Rev. B 91'],
    [
      'a journal cited by volume, by year when the volume is unknown',
      'Physical Review B',
      2015,
      undefined,
      'Phys. Rev. B 2015',
    ],
    ['an acronym given alone', 'ICML', 2025, undefined, 'ICML 2025'],
    ['a venue already short and dated', 'ICML 2025', 2025, undefined, 'ICML 2025'],
  ])('shortens %s', (_case, venue, year, volume, expected) => {
    expect(shortVenue({ venue, year, volume })).toBe(expected);
  });

  it('keeps a venue it does not know as the source wrote it, never dropping words', () => {
    expect(shortVenue({ venue: 'Journal of Glacial Hydrology', year: 2021 })).toBe('Journal of Glacial Hydrology');
    expect(shortVenue({ venue: 'Nature', year: 2024 })).toBe('Nature');
  });

  it('reads a parenthesised phrase that is not an acronym as part of the name', () => {
    expect(shortVenue({ venue: 'Workshop on Tidal Models (Short Papers)', year: 2022 })).toBe(
      'Workshop on Tidal Models (Short Papers)',
    );
  });

  it('has no short form without a venue', () => {
    expect(shortVenue({ venue: undefined, year: 2020 })).toBeUndefined();
  });

  it('matches a known venue on whole words, so "physical review a" is not "Physical Review Applied"', () => {
    expect(knownVenue('Physical Review Applied')).toBeUndefined();
    expect(knownVenue('PHYSICAL REVIEW A')?.short).toBe('Phys. Rev. A');
  });

  it('lists every known venue once, with a phrase no earlier entry swallows', () => {
    const shorts = knownVenues.map((venue) => venue.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const [index, venue] of knownVenues.entries()) expect(knownVenue(venue.match)).toBe(knownVenues[index]);
  });
});

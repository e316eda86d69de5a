import { describe, expect, it } from 'vitest';
import { slugRedirects } from '../../../../scripts/ingest/reconcile/redirects.ts';
import { makeProject } from '../helpers.ts';

describe('slugRedirects', () => {
  it('leads a retired slug to the paper sharing most of its keys', () => {
    const redirects = slugRedirects(
      {},
      [{ slug: 'preprint-title', keys: ['arxiv:2403.01234', 'title:preprint title'] }],
      [
        { slug: 'journal-title', keys: ['arxiv:2403.01234', 'doi:10.5555/x', 'title:preprint title'] },
        { slug: 'other-paper', keys: ['title:preprint title'] },
      ],
    );
    expect(redirects).toEqual({ 'preprint-title': 'journal-title' });
  });

  it('gives no redirect to a slug whose paper simply went, sharing nothing with the papers left', () => {
    expect(slugRedirects({}, [{ slug: 'gone', keys: ['arxiv:2101.00001'] }], [{ slug: 'kept', keys: ['arxiv:2101.00002'] }])).toEqual({});
  });

  it('keeps earlier redirects, points one whose target was retired in turn at its new home, and drops one whose slug is live again', () => {
    const redirects = slugRedirects(
      { oldest: 'middle', revived: 'middle' },
      [{ slug: 'middle', keys: ['doi:10.5555/y'] }],
      [
        { slug: 'newest', keys: ['doi:10.5555/y'] },
        { slug: 'revived', keys: ['arxiv:2201.00001'] },
      ],
    );
    expect(redirects).toEqual({ middle: 'newest', oldest: 'newest' });
  });
});

describe('two papers on the site that a new document shows to be one work', () => {
  const abstract =
    'Thin films of a kagome metal host flat bands near the Fermi level whose filling we tune with a gate. Transport and ' +
    'tunnelling spectroscopy show that correlated insulating states appear at integer fillings of the flat band and vanish above 12 K.';

  it('become one publication, and the URL of the one that goes leads to the one that stays', async () => {
    // An invented physicist: her listing (untitled, with the arXiv id) and her bibliography (titled,
    // with the journal's DOI) share nothing, until the arXiv record's BibTeX joins them.
    const project = await makeProject();
    await project.write('content/profile.yaml', 'name: Ines Valdrada\n');
    await project.write('content/sources/listing.txt', `${abstract}\n\narXiv:2403.01234\nCreated: 2024-03-04\n`);
    await project.write(
      'content/sources/refs.bib',
      '@article{v2024, author = {Valdrada, Ines and Mbeki, Chiara}, title = {Correlated Insulators in Gated Kagome Films},\n' +
        '  journal = {Physical Review B}, volume = {109}, year = {2024}, doi = {10.5555/prb.109.115001}}\n',
    );
    await project.run();
    const before = [...(await project.publicationFiles()).keys()].sort();
    expect(before).toHaveLength(2);

    await project.write(
      'content/sources/preprint.bib',
      '@misc{v2024p, author = {Valdrada, Ines and Mbeki, Chiara}, title = {Correlated Insulators in Gated Kagome Films},\n' +
        `  year = {2024}, eprint = {2403.01234}, archivePrefix = {arXiv}, abstract = {${abstract}}}\n`,
    );
    await project.run();
    const after = [...(await project.publicationFiles()).keys()];
    expect(after).toHaveLength(1);
    const [kept] = after;
    const retired = before.filter((slug) => slug !== kept);
    expect(retired).toHaveLength(1);
    const state = JSON.parse(await project.read('content/publications/.ingest-state.json')) as { redirects?: Record<string, string> };
    expect(state.redirects).toEqual({ [retired[0] ?? '']: kept });

    // A later run, with nothing new, keeps the redirect.
    await project.run();
    const again = JSON.parse(await project.read('content/publications/.ingest-state.json')) as { redirects?: Record<string, string> };
    expect(again.redirects).toEqual(state.redirects);
  });
});

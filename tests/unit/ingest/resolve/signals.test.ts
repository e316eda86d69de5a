/**
 * The evidence one signal at a time: each comparison's levels, the title key's normalisation, and
 * the weights' arithmetic (a level weighs log2(m/u)).
 */
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../scripts/ingest/model.ts';
import { compareRecords, type Comparison } from '../../../../scripts/ingest/resolve/compare.ts';
import { recordFeatures } from '../../../../scripts/ingest/resolve/features.ts';
import { titleWords, workTitleKey } from '../../../../scripts/ingest/resolve/title-key.ts';
import { levels, matchThreshold, weightOf } from '../../../../scripts/ingest/resolve/weights.ts';
import { record } from '../helpers.ts';

/** The comparison of one signal between two records (features computed over just these two). */
const compare = (a: Partial<SourceRecord>, b: Partial<SourceRecord>, signal: Comparison['signal']) => {
  const records = [record(a), record({ source: 'b.txt', ...b })];
  const [fa, fb] = recordFeatures(records);
  if (!fa || !fb) throw new Error('no features');
  return compareRecords({ record: records[0] as SourceRecord, features: fa }, { record: records[1] as SourceRecord, features: fb }).find(
    (comparison) => comparison.signal === signal,
  );
};

const full =
  'Coral reefs recover from bleaching only if new larvae settle and survive. We tracked recruitment on settlement tiles at 24 sites across a gradient of accumulated heat stress over four summers. Recruitment fell steeply above eight degree heating weeks, and the composition of recruits shifted from branching to massive coral taxa.';
const rewritten =
  'Whether a reef recovers from bleaching depends on larvae settling and surviving. Settlement tiles at 24 sites spanning a heat-stress gradient, monitored over four summers, showed recruitment collapsing beyond eight degree heating weeks, with recruits shifting from branching to massive coral taxa.';
const unrelated =
  'Mycorrhizal fungi connect the roots of neighbouring trees, and these networks may move water towards stressed seedlings in a two-year drought experiment with oak seedlings.';

describe('title keys', () => {
  it('treat TeX, spacing and superscripts alike: NC$^1$ = NC1 = NC^1 = NC{\\^{}}1 = NC 1', () => {
    const key = workTitleKey('Depth Lower Bounds for NC1 Formulas');
    for (const title of ['Depth Lower Bounds for {NC}$^1$ Formulas', 'Depth lower bounds for NC^1 formulas', 'Depth Lower Bounds for NC{\\^{}}1 Formulas', 'Depth lower bounds for NC 1 formulas'])
      expect(workTitleKey(title), title).toBe(key);
  });

  it('treat subscripts, hyphens, dashes and small words alike', () => {
    expect(workTitleKey('Hall Effect in {Mn$_{3}$Sn} Films')).toBe(workTitleKey('Hall effect in Mn\\textsubscript{3}Sn films'));
    expect(workTitleKey('Electron–Phonon Coupling in Twisted Tri-layer Graphene')).toBe(workTitleKey('Electron-phonon coupling in twisted trilayer graphene'));
    expect(workTitleKey('Camera-Trap Occupancy Models for Elusive Carnivores')).toBe(workTitleKey('Camera trap occupancy models for the elusive carnivores'));
  });

  it('keep every content word, so that “3-Connected Planar …” and “Truthful” titles stay apart', () => {
    expect(workTitleKey('3-Connected Planar Graph Isomorphism')).not.toBe(workTitleKey('Planar Graph Isomorphism'));
    expect(workTitleKey('Incentive-Compatible Truthful Routing')).not.toBe(workTitleKey('Incentive-Compatible Routing'));
    expect(titleWords('The Study of a Model')).toEqual(['study', 'model']);
  });
});

describe('comparisons', () => {
  it('find an abstract an aggregator cut short wholly inside the full one: a copy', () => {
    const cut = `${full.split('. ').slice(0, 2).join('. ')}…`;
    expect(compare({ abstract: full }, { abstract: cut }, 'abstract')?.level).toBe('copy');
  });

  it('recognise a rewritten abstract by its content words when few word triples survive', () => {
    const comparison = compare({ abstract: full }, { abstract: rewritten }, 'abstract');
    expect(comparison?.level).toMatch(/^(rewritten|revised)$/);
    expect(comparison?.weight).toBeGreaterThan(0);
    expect(compare({ abstract: full }, { abstract: unrelated }, 'abstract')).toMatchObject({ level: 'different' });
    expect(compare({ abstract: full }, { abstract: unrelated }, 'abstract')?.weight).toBeLessThan(0);
  });

  it('compare a title with an untitled record’s abstract', () => {
    expect(compare({ title: 'Coral Recruitment on Heat-Stressed Reefs' }, { abstract: rewritten }, 'titleInAbstract')?.level).toBe('all');
    expect(compare({ title: 'Mycorrhizal Water Transfer to Oak Seedlings' }, { abstract: full }, 'titleInAbstract')?.level).toBe('few');
    expect(compare({ title: 'A' }, { title: 'B', abstract: full }, 'titleInAbstract')).toBeUndefined();
  });

  it('count a title as not in an abstract that lacks the name the paper gives itself, though it has the rest', () => {
    // Two sibling papers of one hydrologist: the untitled abstract is the other method's.
    const named = {
      title: 'FloodNet: Learning Flood Extent Maps from Radar Imagery',
      abstract: 'FloodNet learns flood extent maps from radar imagery of river basins after heavy rain.',
    };
    const sibling =
      'SurgeCast predicts coastal surge by learning flood extent maps from radar imagery and tide gauges.';
    expect(compare(named, { abstract: sibling }, 'titleInAbstract')?.level).toBe('few');
    expect(compare(named, { abstract: `${sibling} FloodNet is our baseline.` }, 'titleInAbstract')?.level).not.toBe('few');
    // A title word the paper's own abstract never uses ("Revisited") is no name: missing, it counts as any word.
    const revisited = { title: 'Flood Extent Maps from Radar Imagery Revisited', abstract: named.abstract.replace('FloodNet learns', 'We learn') };
    expect(compare(revisited, { abstract: sibling }, 'titleInAbstract')?.level).toBe('most');
  });

  it('weigh the same day above the same month, a month against an arXiv id’s month, and years apart against', () => {
    const day = (value: string) => ({ date: { value, kind: 'aggregator' as const } });
    expect(compare(day('2023-05-08'), day('2023-05-08'), 'date')?.level).toBe('sameDay');
    expect(compare(day('2023-05-08'), day('2023-05-30'), 'date')?.level).toBe('sameMonth');
    expect(compare({ arxiv: '2305.04411' }, day('2023-05-08'), 'date')?.level).toBe('sameMonth');
    expect(compare(day('2019'), day('2023-05-08'), 'date')?.level).toBe('farApart');
    expect(weightOf('date', 'sameDay')).toBeGreaterThan(weightOf('date', 'sameMonth') - 2);
    expect(weightOf('date', 'farApart')).toBeLessThan(0);
    // A shared day alone never makes two records one work: one author often submits two papers a day.
    expect(weightOf('date', 'sameDay')).toBeLessThan(matchThreshold);
  });

  it('match code repositories whatever their scheme, case or trailing slash', () => {
    expect(compare({ links: { code: 'https://github.com/a/Repo/' } }, { links: { code: 'http://www.github.com/a/repo.git' } }, 'code')?.level).toBe('same');
    expect(compare({ links: { code: 'https://github.com/a/one' } }, { links: { code: 'https://github.com/a/two' } }, 'code')?.level).toBe('different');
  });

  it('judge author overlap against the shorter list, so an “et al.” list is no evidence against', () => {
    const complete = { authors: ['Maren Oyelaran', 'Jonas Feldkirch', 'Aiyana Brightwater'] };
    expect(compare(complete, { authors: ['Maren Oyelaran'], authorsTruncated: true }, 'authors')?.level).toBe('all');
    expect(compare(complete, { authors: ['Oyelaran, Maren', 'Kalani Akana'] }, 'authors')?.level).toBe('some');
    expect(compare(complete, { authors: ['Kalani Akana'] }, 'authors')?.level).toBe('none');
    expect(compare(complete, { authors: ['Kalani Akana', 'Maren Oyelaran'] }, 'firstAuthor')?.level).toBe('different');
  });

  it('compare categories and venues only when both records give one', () => {
    expect(compare({ category: 'PE' }, { category: 'pe' }, 'category')?.level).toBe('same');
    expect(compare({ category: 'PE' }, {}, 'category')).toBeUndefined();
    expect(compare({ venue: 'Coral Reefs' }, { venue: 'Coral Reefs' }, 'venue')?.level).toBe('same');
  });
});

describe('weights', () => {
  it('are log2(m/u) for every level, with m and u probabilities', () => {
    for (const [signal, table] of Object.entries(levels)) {
      for (const [level, { m, u }] of Object.entries(table)) {
        expect(m, `${signal}.${level}`).toBeGreaterThan(0);
        expect(m).toBeLessThanOrEqual(1);
        expect(u).toBeGreaterThan(0);
        expect(weightOf(signal as keyof typeof levels, level)).toBeCloseTo(Math.log2(m / u), 10);
      }
    }
  });
});

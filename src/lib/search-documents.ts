/**
 * The search index: what the home page's search box searches, built once at build time and
 * served as one static JSON file that the browser downloads on first focus of the box.
 *
 * Size is the constraint (≤100 KB gzipped at 1,000 publications), so each publication contributes
 * only what a reader searches by: title, authors, venue (short and full), year, topic labels, and a handful of
 * distinctive abstract terms rather than the whole abstract. Rows are arrays, not objects, so the
 * field names are not repeated a thousand times.
 *
 * The fuzzy matching runs over the vocabulary (every distinct word), not over each record: a
 * thousand publications share a few thousand words, so a query word is compared against those
 * once instead of against every field of every record. The vocabulary's Fuse index is made here
 * with `Fuse.createIndex`; the browser maps matched words back to publications.
 */
import Fuse from 'fuse.js/basic';
import type { PublicationView } from './publication-view.ts';
import type { SearchPayload, SearchRow } from './search-payload.ts';
import { texToText } from './exports/tex-to-text.ts';
import { slugifyTitle, stopWords, tokenize } from './search-tokens.ts';
import type { TopicLabeler } from './topic-labels.ts';
import { shortVenue } from './venues/short-venue.ts';

/** Abstract words a paper is findable by beyond its title. More makes the index bigger, not much better. */
const termsPerPaper = 8;
/** Long author lists are cut for the index; the owner is in almost every row anyway. */
const authorsPerPaper = 12;

/** Abstracts quote their math as `$…$`; none of it is a word anyone searches for. */
function withoutMath(text: string): string {
  return text.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, ' ');
}

function isTermCandidate(word: string): boolean {
  return word.length >= 4 && !stopWords.has(word) && !/^\d+$/.test(word);
}

/**
 * The `limit` most distinctive words of each abstract: frequent in that abstract, rare across the
 * collection (tf·idf), and not already in the title. Returned in the order the abstract uses them.
 */
export function distinctiveTerms(
  papers: readonly { title: string; abstract: string }[],
  limit = termsPerPaper,
): string[][] {
  const tokenised = papers.map((paper) => tokenize(withoutMath(paper.abstract)).filter(isTermCandidate));
  const documentFrequency = new Map<string, number>();
  for (const words of tokenised)
    for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);

  return tokenised.map((words, index) => {
    const inTitle = new Set(tokenize(papers[index]?.title ?? ''));
    const termFrequency = new Map<string, number>();
    for (const word of words) if (!inTitle.has(word)) termFrequency.set(word, (termFrequency.get(word) ?? 0) + 1);
    const weight = (word: string) =>
      (termFrequency.get(word) ?? 0) * Math.log(1 + papers.length / (documentFrequency.get(word) ?? 1));
    const chosen = new Set(
      [...termFrequency.keys()]
        .sort((a, b) => weight(b) - weight(a) || b.length - a.length || a.localeCompare(b))
        .slice(0, limit),
    );
    return [...new Set(words)].filter((word) => chosen.has(word));
  });
}

/** Every distinct word of the searchable fields, sorted, so the file is stable between builds. */
export function vocabularyOf(rows: readonly SearchRow[], topics: SearchPayload['topics']): string[] {
  const words = new Set<string>();
  for (const [, title, authors, venue, year, , terms, fullVenue] of rows) {
    for (const text of [title, authors.join(' '), venue, terms, fullVenue, String(year ?? '')]) {
      for (const word of tokenize(text)) words.add(word);
    }
  }
  for (const [, label] of topics) for (const word of tokenize(label)) words.add(word);
  return [...words].sort();
}

export function buildSearchPayload(publications: readonly PublicationView[], labelOf: TopicLabeler): SearchPayload {
  const topicSlugs = [...new Set(publications.flatMap((publication) => publication.topics))].sort();
  const topicIndex = new Map(topicSlugs.map((slug, index) => [slug, index]));
  const terms = distinctiveTerms(publications);

  const rows = publications.map((publication, index): SearchRow => {
    // Results are text: the title reads as `O(√T)`, not its TeX, and is searched that way.
    const title = texToText(publication.title);
    const venue = shortVenue(publication);
    return [
      compactSlug(publication.slug, title),
      title,
      publication.authors.slice(0, authorsPerPaper),
      venue ?? '',
      publication.year,
      publication.topics.map((slug) => topicIndex.get(slug) ?? -1).filter((position) => position >= 0),
      (terms[index] ?? []).join(' '),
      publication.venue && publication.venue !== venue ? publication.venue : '',
    ];
  });
  const topics = topicSlugs.map((slug): [string, string] => [slug, labelOf(slug)]);
  return { version: 2, topics, rows, vocabulary: compactVocabularyIndex(vocabularyOf(rows, topics)) };
}

/** A slug that merely repeats the start of the title is stored as its length. */
export function compactSlug(slug: string, title: string): string | number {
  return slug.length > 0 && slugifyTitle(title).startsWith(slug) ? slug.length : slug;
}

/** Builds the vocabulary's Fuse index and keeps only what `restoreVocabularyIndex` cannot recompute. */
export function compactVocabularyIndex(words: readonly string[]): SearchPayload['vocabulary'] {
  const { records } = Fuse.createIndex<string>([], words).toJSON();
  const norm = records[0]?.n ?? 1;
  records.forEach((record, position) => {
    // The compaction is only lossless while Fuse keeps this record layout; fail the build if it changes.
    if (record.i !== position || record.n !== norm || record.v !== words[position]) {
      throw new Error(`Unexpected Fuse index record for "${words[position] ?? ''}"; update compactVocabularyIndex.`);
    }
  });
  return { words: [...words], norm };
}

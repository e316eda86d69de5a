import { describe, expect, it } from 'vitest';
import type { PublicationView } from '../../../src/lib/publication-view.ts';
import { topicPages } from '../../../src/lib/topic-pages.ts';

const paper = (slug: string, topics: string[]) => ({ slug, topics }) as unknown as PublicationView;

describe('topicPages', () => {
  const publications = [paper('a', ['x']), paper('b', ['x', 'y']), paper('c', ['x']), paper('d', [])];
  const topics = [
    { slug: 'x', label: 'X', count: 3 },
    { slug: 'y', label: 'Y', count: 1 },
    { slug: 'z', label: 'Z', count: 0 },
  ];

  it('splits a topic with more papers than the page size into pages, in list order', () => {
    const pages = topicPages(publications, topics, 2).filter((page) => page.topic.slug === 'x');
    expect(pages.map((page) => [page.page.number, page.page.items.map((item) => item.slug), page.pageCount, page.total])).toEqual([
      [1, ['a', 'b'], 2, 3],
      [2, ['c'], 2, 3],
    ]);
  });

  it('gives a small topic one page, and a topic without papers no page at all', () => {
    const pages = topicPages(publications, topics, 2);
    expect(pages.filter((page) => page.topic.slug === 'y').map((page) => page.page.items.length)).toEqual([1]);
    expect(pages.filter((page) => page.topic.slug === 'z')).toEqual([]);
  });
});

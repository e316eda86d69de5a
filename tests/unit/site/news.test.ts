import { describe, expect, it } from 'vitest';
import { mergeFeedItems } from '../../../src/lib/exports/feed.ts';
import { newsFeedItem, newsText, sortNews, type NewsItem } from '../../../src/lib/news.ts';

const item = (id: string, date: string, text = `Item ${id}.`): NewsItem => ({ id, date, html: `<p>${text}</p>`, text });
const location = { site: 'https://lab.example.org', base: '/people/ines/' };

describe('news', () => {
  it('lists items newest first, and items of one day by file name', () => {
    const sorted = sortNews([item('b-talk', '2025-03-01'), item('award', '2026-01-15'), item('a-paper', '2025-03-01')]);
    expect(sorted.map((news) => news.id)).toEqual(['award', 'a-paper', 'b-talk']);
  });

  it('reads a Markdown item as text for the feed, links and emphasis as their words', () => {
    expect(
      newsText('Our paper [on tides](https://example.org/tides) was _accepted_ at ICLR 2026.\n\nSlides soon.'),
    ).toBe('Our paper on tides was accepted at ICLR 2026.\n\nSlides soon.');
  });

  it('puts an item in the feed with its date, its text and a link to it on the news page', () => {
    const feedItem = newsFeedItem(
      item('iclr', '2026-01-22', 'Our paper on tides was accepted at ICLR 2026.'),
      location,
    );
    expect(feedItem).toEqual({
      title: 'Our paper on tides was accepted at ICLR 2026.',
      link: 'https://lab.example.org/people/ines/news/#news-iclr',
      description: '<p>Our paper on tides was accepted at ICLR 2026.</p>',
      pubDate: new Date(Date.UTC(2026, 0, 22)),
      categories: ['News'],
    });
    expect(newsFeedItem({ ...item('x', '2026-01-01'), title: 'Award' }, location).title).toBe('Award');
  });

  it('merges news among the papers in the feed, newest first, undated papers last', () => {
    const merged = mergeFeedItems(
      [
        { title: 'paper 2025', pubDate: new Date('2025-05-01') },
        { title: 'undated paper' },
        { title: 'paper 2023', pubDate: new Date('2023-01-01') },
      ],
      [{ title: 'news 2024', pubDate: new Date('2024-02-02') }],
    );
    expect(merged.map((feedItem) => feedItem.title)).toEqual([
      'paper 2025',
      'news 2024',
      'paper 2023',
      'undated paper',
    ]);
  });
});

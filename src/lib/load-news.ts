/**
 * Reads the news collection (`content/news/*.md`) once per build, newest first. Like
 * `load-publications.ts`, one of the few modules in `src/lib` that touches `astro:content`.
 */
import { getCollection } from 'astro:content';
import { newsText, sortNews, type NewsItem } from './news.ts';

let cached: Promise<NewsItem[]> | undefined;

export function loadNews(): Promise<NewsItem[]> {
  cached ??= getCollection('news').then((entries) =>
    sortNews(
      entries.map((entry) => ({
        id: entry.id,
        date: entry.data.date,
        ...(entry.data.title ? { title: entry.data.title } : {}),
        html: entry.rendered?.html ?? '',
        text: newsText(entry.body ?? ''),
      })),
    ),
  );
  return cached;
}

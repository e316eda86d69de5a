/**
 * Reads the news collection (`content/news/*.md`) once per build, newest first. Like
 * `load-publications.ts`, one of the few modules in `src/lib` that touches `astro:content`.
 */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { contentPaths } from './content-paths.ts';
import { newsText, sortNews, type NewsItem } from './news.ts';

let cached: Promise<NewsItem[]> | undefined;

export function loadNews(): Promise<NewsItem[]> {
  // Most sites have no news: Astro would warn that the collection "does not exist or is empty".
  if (!existsSync(contentPaths.news)) return Promise.resolve([]);
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

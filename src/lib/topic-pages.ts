/**
 * Every page of every topic: a topic's publications, split like the full list once there are
 * more than `pageSize`, so that a topic with thousands of papers still has small pages. A topic with
 * no publications has no page.
 */
import type { PublicationView } from './publication-view.ts';
import { paginate, type ListPage } from './paginate.ts';
import type { TopicSummary } from './topic-counts.ts';

export interface TopicPage {
  topic: TopicSummary;
  page: ListPage<PublicationView>;
  pageCount: number;
  /** The topic's publications on all pages together. */
  total: number;
}

export function topicPages(
  publications: readonly PublicationView[],
  topics: readonly TopicSummary[],
  pageSize: number,
): TopicPage[] {
  return topics.flatMap((topic) => {
    const ofTopic = publications.filter((publication) => publication.topics.includes(topic.slug));
    // A topic of the taxonomy that no paper has (any more) publishes no empty page.
    if (ofTopic.length === 0) return [];
    const pages = paginate(ofTopic, pageSize);
    return pages.map((page) => ({ topic, page, pageCount: pages.length, total: ofTopic.length }));
  });
}

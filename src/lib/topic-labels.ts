/**
 * Topic slugs are stable identifiers; what readers see is the label from `content/topics.yaml`.
 * A slug the taxonomy no longer lists (the owner deleted or renamed it) still shows, as itself.
 */

export interface TopicLabelSource {
  slug: string;
  label: string;
}

export type TopicLabeler = (slug: string) => string;

export function createTopicLabeler(topics: readonly TopicLabelSource[]): TopicLabeler {
  const labels = new Map(topics.map((topic) => [topic.slug, topic.label]));
  return (slug) => labels.get(slug) ?? slug;
}

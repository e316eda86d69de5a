/**
 * A title for a paper that no document names: the abstract's first sentence, shortened at a word
 * boundary. It is marked `titleDerived`, and the report says how to set the real one.
 */

const maximumWords = 10;

export function deriveTitle(abstract: string | undefined): string | undefined {
  if (!abstract) return undefined;
  const firstSentence = abstract.split(/(?<=[.!?])\s/)[0] ?? abstract;
  // A `$…$` span counts as one word, so the title never cuts math in half.
  const words = firstSentence.replace(/[.!?]+$/, '').match(/\$[^$]*\$|\S+/g) ?? [];
  if (words.length === 0) return undefined;
  const shortened = words.slice(0, maximumWords).join(' ').replace(/[,;:]+$/, '');
  const title = words.length > maximumWords ? `${shortened}…` : shortened;
  return title[0]?.toUpperCase() + title.slice(1);
}

/** The title a publication is shown with: its own, else one derived from the abstract, else a placeholder. */
export function titleFor(publication: { title?: string; abstract?: string; arxiv?: string }): string {
  return (
    publication.title ??
    deriveTitle(publication.abstract) ??
    (publication.arxiv ? `Untitled (arXiv:${publication.arxiv})` : 'Untitled')
  );
}

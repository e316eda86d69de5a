/**
 * Plain prose: paragraphs that Markdown (with MDX, math and GFM) reads as nothing but their text.
 * Most abstracts are plain prose, and the Markdown tools are skipped for them: the ingest writes such
 * a body itself (`scripts/ingest/render/plain-markdown.ts`), the collection's loader turns it into
 * HTML itself (`plainProseHtml`), where the site's processor (micromark, remark, rehype and KaTeX)
 * took 1.1 s of the main thread for 1,000 abstracts, and `plain-abstract.ts` reads its text without
 * parsing it. Tests compare each with the real tools.
 */

/**
 * Letters, digits, spaces and the punctuation Markdown leaves alone in running text. A letter first:
 * at the start of a paragraph, digits, `-`, `+`, `#`, `>` and others can begin a list, heading or quote.
 */
export const plainProse = /^\p{L}[\p{L}\p{N} ,.;:'’"“”()%/?!–—-]*$/u;

/** Text that GFM turns into a link even in plain prose, and a space at the end, which Markdown drops. */
const notAsWritten = /www\.|:\/\/|mailto:|xmpp:|\s$/i;

/**
 * The HTML the site's Markdown processor makes of `body` (paragraphs, blank-line separated, as the
 * ingest writes them), when every paragraph is plain prose on one line. Undefined otherwise: the
 * processor renders that body. Plain prose holds no character HTML needs escaped.
 */
export function plainProseHtml(body: string): string | undefined {
  const paragraphs = body.replace(/\n$/, '').split('\n\n');
  const plain = paragraphs.every((paragraph) => plainProse.test(paragraph) && !notAsWritten.test(paragraph));
  return plain ? paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n') : undefined;
}

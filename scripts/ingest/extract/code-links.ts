/**
 * Code links, from a comment's `Code: URL` or from an abstract's "code is available at URL".
 * URLs in running text collect trailing punctuation and braces (`{https://…}.`), which are removed.
 */

const urlPattern = /https?:\/\/[^\s<>"'{}]+/gi;

/** Sentences that offer code: "Our code is available at …", "Code: …", "source code … released at …". */
const offersCode = /\b(code|implementation|repository|github|toolbox|library|package)\b/i;

export function cleanUrl(url: string): string {
  return url.replace(/[)\]}>.,;:!?'"]+$/, '');
}

/** Every URL in `text`, cleaned, in order of appearance, without repeats. */
export function urlsIn(text: string): string[] {
  return [...new Set([...text.matchAll(urlPattern)].map((match) => cleanUrl(match[0])))];
}

/**
 * The URLs that `text` presents as code, best first: links in sentences that mention code, with
 * repository hosts ahead of documentation pages.
 */
export function codeLinksFrom(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z{(])/);
  const offered = sentences.filter((sentence) => offersCode.test(sentence)).flatMap(urlsIn);
  const isRepository = (url: string) => /\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)\//i.test(url);
  return [...offered.filter(isRepository), ...offered.filter((url) => !isRepository(url))];
}

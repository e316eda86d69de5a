/**
 * The site's Markdown processor, for `astro.config.mjs` and for the tests that check the collection
 * loader's shortcut for plain prose (`plain-prose.ts`) against it.
 *
 * Abstracts are full of `$\frac{a}{b}$`; the default Sätteri processor would read the braces as JSX.
 * unified with remark-math turns them into math nodes, and KaTeX renders them to HTML at build time.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { remarkBracesAsText } from './remark-braces-as-text.ts';

/**
 * `@astrojs/mdx` compiles MDX bodies (those with an `import` or a component) with this processor too;
 * remark-braces-as-text keeps their `{…}` as text, as Markdown does (a no-op for Markdown bodies).
 */
export const markdownProcessor = unified({
  remarkPlugins: [remarkMath, remarkBracesAsText],
  rehypePlugins: [rehypeKatex],
  smartypants: false,
});

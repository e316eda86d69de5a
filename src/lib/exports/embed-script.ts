/**
 * Builds `embed.js`: the `<publication-list>` component (TypeScript in `src/client/embed/`), bundled
 * and minified by esbuild, wrapped in a function called with this site's data.
 *
 * The code does not depend on the data, so it is bundled once per build and its size can be checked
 * on its own. esbuild's output depends only on its input and options, and the data is serialised in
 * a fixed order, so the same content always gives the same file.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { EmbedData } from '../../client/embed/data.ts';

/** Relative to the project root, which is the working directory of `astro build` and of tests. */
export const embedEntry = 'src/client/embed/index.ts';

let cachedCode: Promise<string> | undefined;

/** The minified component code, without data: one expression statement reading `__PUBLICATION_DATA__`. */
export function bundleEmbedCode(root: string = process.cwd()): Promise<string> {
  cachedCode ??= build({
    entryPoints: [join(root, embedEntry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    // Custom elements, shadow DOM and `replaceChildren` are in every browser since 2020.
    target: 'es2020',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text.trim());
  return cachedCode;
}

/** The whole script: the code in a function whose parameter is the data. */
export function wrapEmbedScript(code: string, data: EmbedData, homeUrl: string): string {
  // `<` is escaped so the file stays safe even if someone inlines it into an HTML <script>.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `/*! <publication-list>: the publications of ${homeUrl.replace(/\*\//g, '')} */\n(function(__PUBLICATION_DATA__){${code}})(${json});\n`;
}

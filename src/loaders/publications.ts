/**
 * The publication collection's loader. It reads `content/publications/*.mdx` like the built-in
 * `glob()` loader would, with one difference that decides build time at scale: the body (the
 * abstract, Markdown with `$…$` math) is rendered to HTML here, with the site's Markdown processor
 * (remark-math and KaTeX), instead of being compiled by Vite into a JavaScript module per file.
 * A thousand MDX modules cost the bundler far more than a thousand HTML strings, and the HTML is
 * kept in Astro's data store with a digest of the file, so an unchanged file is never rendered twice.
 * A body of plain prose, as most abstracts are, skips even the processor (see `plain-prose.ts`).
 *
 * Bodies are Markdown in MDX syntax, as the ingest writes them: text, links, emphasis and math. JSX
 * components in a body are not supported.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitPublicationFile } from '../lib/publication-file.ts';
import { ingestFinished } from '../lib/ingest-in-progress.ts';
import { plainProseHtml } from '../lib/plain-prose.ts';

const watchers = new WeakSet<object>();
let latestContext: LoaderContext | undefined;

export function publicationsLoader(options: { base: string }): Loader {
  return {
    name: 'publications-loader',
    async load(context) {
      // `astro build` runs the ingest alongside its start-up; the files are final once it is done.
      await ingestFinished();
      const folder = fileURLToPath(new URL(options.base, context.config.root));
      const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
      const present = new Set<string>();
      for (const name of names) {
        const id = await loadFileReporting(context, folder, name);
        if (id) present.add(id);
      }
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);

      // `astro dev`: keep up with hand edits without a restart. (After an ingest, the ingest-on-change
      // integration refreshes the whole collection.) Handlers are registered once per watcher and
      // always use the latest load's context.
      latestContext = context;
      if (!context.watcher || watchers.has(context.watcher)) return;
      watchers.add(context.watcher);
      context.watcher.add(folder);
      const onChange = async (path: string) => {
        const name = relative(folder, path);
        if (name.startsWith('..') || name.includes('/') || !name.endsWith('.mdx') || !latestContext) return;
        await loadFileReporting(latestContext, folder, name);
      };
      context.watcher.on('add', onChange);
      context.watcher.on('change', onChange);
      context.watcher.on('unlink', (path) => {
        const name = relative(folder, path);
        if (name.endsWith('.mdx') && !name.includes('/')) latestContext?.store.delete(idOf(name));
      });
    },
  };
}

/**
 * Loads a file; a file that cannot be read is left out with an error naming it, so one broken hand
 * edit does not take down the build or `astro dev`. (The ingest reports such files too.) A file that
 * vanished meanwhile (the ingest swaps the whole folder in) is simply gone.
 */
async function loadFileReporting(context: LoaderContext, folder: string, name: string): Promise<string | undefined> {
  try {
    return await loadFile(context, folder, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') context.store.delete(idOf(name));
    else context.logger.error(`${(error as Error).message} The publication is left out until the file is fixed.`);
    return undefined;
  }
}

/** What `renderMarkdown` reports for a body of plain prose: no headings, no images. */
const plainProseMetadata = { headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter: {}, imagePaths: [] };

function idOf(name: string): string {
  return name.replace(/\.mdx$/, '');
}

/** Loads one file into the store, unless the store already holds this exact text. Returns its id. */
async function loadFile(context: LoaderContext, folder: string, name: string): Promise<string> {
  const id = idOf(name);
  const path = join(folder, name);
  // Read synchronously: the files are read one after another anyway, and a promise read costs four
  // round trips to libuv's threads (open, stat, read, close) per file.
  const text = readFileSync(path, 'utf8');
  const digest = context.generateDigest(text);
  if (context.store.get(id)?.digest === digest) return id;
  const read = splitPublicationFile(text);
  if (!read.ok) throw new Error(`${path}${read.line ? `:${read.line}` : ''} ${read.message}`);
  const filePath = relative(fileURLToPath(context.config.root), path);
  const data = await context.parseData({ id, data: read.file.data, filePath });
  const html = plainProseHtml(read.file.body);
  const rendered =
    html === undefined
      ? await context.renderMarkdown(read.file.body, { fileURL: new URL(`file://${path}`) })
      : { html, metadata: plainProseMetadata };
  context.store.set({ id, data, body: read.file.body, filePath, digest, rendered });
  return id;
}

/**
 * The publication collection's loader. It reads `content/publications/*.mdx` like the built-in
 * `glob()` loader would, with one difference that decides build time at scale: the body (the
 * abstract, Markdown with `$…$` math) is rendered to HTML here, with the site's Markdown processor
 * (remark-math and KaTeX), instead of being compiled by Vite into a JavaScript module per file.
 * A thousand MDX modules cost the bundler far more than a thousand HTML strings, and the HTML is
 * kept in Astro's data store with a digest of the file, so an unchanged file is never rendered twice.
 * A body of plain prose, as most abstracts are, skips even the processor (see `plain-prose.ts`).
 *
 * Bodies are MDX, read as `mdx-body.ts` reads them. Prose (text, links, emphasis, math), as the ingest
 * writes it, takes the path above. A body with an `import` or a component (`<Figure>`, from
 * `content/components/`) is left to `@astrojs/mdx`, which compiles it into a module, as the built-in
 * glob loader does for `.mdx` (`deferredRender`); only such bodies cost a module.
 *
 * A body MDX cannot read, or a component that is neither imported nor in `content/components/`, is an
 * error naming the file and line: `astro build` stops (non-zero exit) after naming every such file,
 * rather than publish a site with a paper silently missing; `astro dev` reports it and leaves the
 * paper out until it is fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitPublicationFile } from '../lib/publication-file.ts';
import { ingestFinished } from '../lib/ingest-in-progress.ts';
import { checkMdxBody, firstBodyLine, mayUseMdx, unknownComponent } from '../lib/mdx-body.ts';
import { plainProseHtml } from '../lib/plain-prose.ts';

const watchers = new WeakSet<object>();
let latestContext: LoaderContext | undefined;

export function publicationsLoader(options: { base: string; components: string }): Loader {
  return {
    name: 'publications-loader',
    async load(context) {
      // `astro build` runs the ingest alongside its start-up; the files are final once it is done.
      await ingestFinished();
      const folder = fileURLToPath(new URL(options.base, context.config.root));
      const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
      const componentsFolder = fileURLToPath(new URL(options.components, context.config.root));
      const present = new Set<string>();
      const broken: string[] = [];
      for (const name of names) {
        const id = await loadFileReporting(context, folder, name, componentsFolder, broken);
        if (id) present.add(id);
      }
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      // A build publishes nothing with a paper missing: every broken file is named above, then it stops.
      if (!context.watcher && broken.length > 0) {
        throw new Error(
          `${broken.length} publication file${broken.length === 1 ? '' : 's'} could not be read; fix ${broken.length === 1 ? 'it' : 'them'} and build again:\n${broken.join('\n')}`,
        );
      }

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
        await loadFileReporting(latestContext, folder, name, componentsFolder, []);
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
async function loadFileReporting(
  context: LoaderContext,
  folder: string,
  name: string,
  componentsFolder: string,
  broken: string[],
): Promise<string | undefined> {
  try {
    return await loadFile(context, folder, name, componentsFolder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') context.store.delete(idOf(name));
    else {
      broken.push((error as Error).message);
      context.logger.error(
        `${(error as Error).message}${context.watcher ? ' The publication is left out until the file is fixed.' : ''}`,
      );
    }
    return undefined;
  }
}

/** The components the owner keeps in `content/components/`, by name (`Figure.astro` → `Figure`). */
function ownerComponents(folder: string): Set<string> {
  try {
    return new Set(
      readdirSync(folder)
        .filter((name) => componentExtensions.has(extname(name)))
        .map((name) => basename(name, extname(name))),
    );
  } catch {
    return new Set();
  }
}

const componentExtensions = new Set(['.astro', '.mdx']);

/** What `renderMarkdown` reports for a body of plain prose: no headings, no images. */
const plainProseMetadata = { headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter: {}, imagePaths: [] };

function idOf(name: string): string {
  return name.replace(/\.mdx$/, '');
}

/** Loads one file into the store, unless the store already holds this exact text. Returns its id. */
async function loadFile(
  context: LoaderContext,
  folder: string,
  name: string,
  componentsFolder: string,
): Promise<string> {
  const id = idOf(name);
  const path = join(folder, name);
  // Read synchronously: the files are read one after another anyway, and a promise read costs four
  // round trips to libuv's threads (open, stat, read, close) per file.
  const text = readFileSync(path, 'utf8');
  const digest = context.generateDigest(text);
  const cached = context.store.get(id);
  if (cached?.digest === digest) {
    // Astro lists the modules to bundle afresh on every load; a cached MDX body must be listed again.
    if (cached.deferredRender && cached.filePath) context.store.addModuleImport(cached.filePath);
    return id;
  }
  const read = splitPublicationFile(text);
  if (!read.ok) throw new Error(`${path}${read.line ? `:${read.line}` : ''} ${read.message}`);
  const filePath = relative(fileURLToPath(context.config.root), path);
  const data = await context.parseData({ id, data: read.file.data, filePath });
  const { body } = read.file;
  const html = plainProseHtml(body);
  if (html !== undefined) {
    context.store.set({ id, data, body, filePath, digest, rendered: { html, metadata: plainProseMetadata } });
    return id;
  }
  const at = (line: number) => `${filePath}:${firstBodyLine(text, body) + line - 1}`;
  // Most bodies with math hold no MDX syntax outside it, and need no MDX parse (see mayUseMdx).
  const check = mayUseMdx(body) ? checkMdxBody(body) : undefined;
  if (check && !check.ok)
    throw new Error(`${at(check.line)}${check.column ? `:${check.column}` : ''}: the body ${check.message}`);
  if (!check?.usesMdx) {
    const rendered = await context.renderMarkdown(body, { fileURL: new URL(`file://${path}`) });
    context.store.set({ id, data, body, filePath, digest, rendered });
    return id;
  }
  const unknown = unknownComponent(check.tree, check.components, ownerComponents(componentsFolder));
  if (unknown) {
    throw new Error(
      `${at(unknown.line)}: the body uses <${unknown.name}>, which it does not import and ${relative(fileURLToPath(context.config.root), componentsFolder)}/ does not hold.`,
    );
  }
  context.store.set({ id, data, body, filePath, digest, deferredRender: true });
  return id;
}

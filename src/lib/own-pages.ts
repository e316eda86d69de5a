/**
 * The owner's own pages (`content/pages/<name>.mdx` → `/<name>/`): which there are, in the order
 * their frontmatter asks for, and which names are refused because the site already has a route there.
 *
 * The list is read from the files rather than from the content collection so that every page's
 * navigation, and the build-cache key that must change with it, can be had without Astro's runtime.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownPageSchema, type OwnPageData } from '../schema/own-page.ts';
import { contentPaths } from './content-paths.ts';
import { readYaml } from './yaml.ts';

export interface OwnPage {
  slug: string;
  /** The file, relative to the project (`content/pages/teaching.mdx`), for messages. */
  file: string;
  data: OwnPageData;
}

/** Lower-case words joined by hyphens: what a URL segment of the site looks like. */
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function frontmatterOf(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(\n|$)/.exec(text);
  return match ? (readYaml(match[1] ?? '') ?? {}) : {};
}

/** Orders pages as their frontmatter says: by `order`, unnumbered ones last, then by title. */
export function compareOwnPages(a: OwnPage, b: OwnPage): number {
  const orderA = a.data.order ?? Infinity;
  const orderB = b.data.order ?? Infinity;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return a.data.title.localeCompare(b.data.title, 'en') || a.slug.localeCompare(b.slug);
}

/**
 * Every `.mdx` in the folder, ordered. Throws one error listing every file whose frontmatter is not
 * valid (each line names the file).
 */
export function readOwnPages(folder: string = contentPaths.pages): OwnPage[] {
  if (!existsSync(folder)) return [];
  const pages: OwnPage[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.mdx') || name.startsWith('.') || name.startsWith('_')) continue;
    const file = join(folder, name);
    try {
      const parsed = ownPageSchema.safeParse(frontmatterOf(readFileSync(file, 'utf8')));
      if (parsed.success) pages.push({ slug: name.slice(0, -'.mdx'.length), file, data: parsed.data });
      else
        errors.push(
          ...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || 'frontmatter'}: ${issue.message}`),
        );
    } catch (error) {
      errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (errors.length > 0) throw new Error(`Pages in ${folder} could not be read:\n${errors.join('\n')}`);
  return pages.sort(compareOwnPages);
}

/**
 * The first URL segments the site itself uses: every entry of `src/pages` (`topics/`,
 * `feed.xml.ts` → `feed`, `search-index.json.ts` → `search-index`), every file and folder of
 * `public/` (`favicon.svg` → `favicon`), and Astro's asset folder. Dynamic routes (`[slug]`) and
 * underscore files are not names of their own.
 */
export function reservedSlugs(pagesFolder = 'src/pages', publicFolder = 'public'): Set<string> {
  const names = new Set(['_astro']);
  for (const folder of [pagesFolder, publicFolder]) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder)) {
      if (entry.startsWith('[') || entry.startsWith('_') || entry.startsWith('.')) continue;
      names.add(entry.split('.')[0] ?? entry);
    }
  }
  // `index` is the home page, which answers at `/`, not at `/index/`; it is refused all the same.
  return names;
}

/** Why each page cannot have its URL, one line per page naming its file; empty when all can. */
export function slugProblems(pages: readonly OwnPage[], reserved: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    if (!slugPattern.test(page.slug))
      problems.push(
        `${page.file}: "${page.slug}" cannot be a URL; name the file in lower-case words joined by hyphens (for example my-group.mdx)`,
      );
    else if (reserved.has(page.slug))
      problems.push(
        `${page.file}: /${page.slug}/ is taken by the site's own pages; rename the file (for example my-${page.slug}.mdx)`,
      );
  }
  return problems;
}

/** The pages, once checked; throws with every problem when a name cannot be used. */
export function checkedOwnPages(folder: string = contentPaths.pages): OwnPage[] {
  const pages = readOwnPages(folder);
  const problems = slugProblems(pages, reservedSlugs());
  if (problems.length > 0) throw new Error(`Some pages in ${folder} cannot be built:\n${problems.join('\n')}`);
  return pages;
}

/**
 * The frontmatter of an owner's own page, `content/pages/<name>.mdx`, which becomes `/<name>/`.
 */
import { z } from 'astro/zod';

export const ownPageSchema = z
  .object({
    /** The page's heading, its title, and its label in the navigation. */
    title: z.string().min(1),
    /** Where it goes in the navigation: lower numbers first; pages without one come last, by title. */
    order: z.number().optional(),
    /** The search engines' and link previews' description; the title when absent. */
    description: z.string().optional(),
    /** `false` keeps the page out of the navigation (it is still built, for links to it). */
    nav: z.boolean().default(true),
  })
  .strict();

export type OwnPageData = z.output<typeof ownPageSchema>;

/**
 * The components the owner keeps in `content/components/` (`Figure.astro` → `<Figure>`), handed to
 * every MDX body (papers, the About page), so that a body may use them without an `import`. Vite
 * bundles the folder at build (`import.meta.glob`); the loader checks that a body names only these,
 * or what it imports, so a misspelt component is an error with a file and line.
 */
const modules = import.meta.glob<{ default: unknown }>('/content/components/*.{astro,mdx}', { eager: true });

export const ownerComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [
    path.replace(/^.*\//, '').replace(/\.(astro|mdx)$/, ''),
    module.default,
  ]),
);

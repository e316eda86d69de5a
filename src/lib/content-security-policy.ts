/**
 * The Content-Security-Policy every page carries (as a `<meta http-equiv>`, since static hosts such
 * as GitHub Pages cannot set headers).
 *
 * - Scripts: only the site's own files. Nothing inline: Astro's bundles are emitted as files
 *   (`assetsInlineLimit: 0`) and JSON-LD is a data block, which CSP does not treat as script.
 * - Styles: only the site's own stylesheets (`inlineStylesheets: 'never'`). KaTeX positions math
 *   with `style="…"` attributes, so attributes alone may carry inline styles (`style-src-attr`).
 * - Everything else (images, fonts, the search index) comes from the site itself; `data:` images
 *   are allowed for the few browsers' built-in form controls that use them.
 * `frame-ancestors` is not here because browsers ignore it in a meta tag and log an error.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

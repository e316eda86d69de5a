// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { checkLocalLinks } from './src/integrations/check-local-links.ts';
import { ingestOnBuild } from './src/integrations/ingest-on-build.ts';
import { ingestOnChange } from './src/integrations/ingest-on-change.ts';
import { paperBibtexFiles } from './src/integrations/paper-bibtex-files.ts';
import { pruneStaleOutput } from './src/integrations/prune-stale-output.ts';
import { slugRedirects } from './src/integrations/slug-redirects.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { warnUnsetSite } from './src/integrations/warn-unset-site.ts';
import { markdownProcessor } from './src/lib/markdown-processor.ts';
import { readProfile } from './src/lib/read-profile.ts';

/**
 * `site` and `base` come from the environment first, then `content/profile.yaml`. A wrong setting
 * there costs only itself (src/lib/read-profile.ts); the site's pages report it, as does the ingest.
 */
function readProfileSettings() {
  let text;
  try {
    text = readFileSync(new URL('./content/profile.yaml', import.meta.url), 'utf8');
  } catch {
    text = undefined;
  }
  return readProfile(text, 'content/profile.yaml').profile;
}
const profile = readProfileSettings();
const cards = socialImages();
const paperBibtex = paperBibtexFiles();
const output = atomicOutput();
const placeholderSite = 'https://example.org';
const site = process.env.SITE_URL || profile.site;

export default defineConfig({
  site: site || placeholderSite,
  base: process.env.BASE_PATH || profile.base || '/',
  trailingSlash: 'always',
  // Scratch projects (tests, benchmarks) share node_modules; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Stylesheets and scripts are always separate files: the Content-Security-Policy allows no
  // inline script or style element (see src/lib/content-security-policy.ts).
  // Two pages at a time: sharp renders one paper's social image while Astro renders the next page
  // (on the 1,000-paper benchmark, a cold build took 19.9 s instead of 23.6 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Rebuilds render only the pages whose build-cache key changed (src/lib/build-cache-key.ts), and
  // leave the others in `dist/`; pruneStaleOutput removes what the build no longer produces.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      assetsInlineLimit: 0,
      emptyOutDir: false,
      rolldownOptions: {
        // Astro marks each MDX page (content/pages/) with a directive its bundler cannot keep, and
        // the bundler warns about each one; the directive is Astro's concern, not the owner's.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    // Benchmark profiles and build output are not sources: watching their thousands of files would
    // only slow `astro dev` down.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/dist.next/**'] } },
  },
  // unified with remark-math and KaTeX, not the default Sätteri processor: see markdown-processor.ts.
  markdown: { processor: markdownProcessor },

  // The embed page is for iframes on other sites, not a page of this one. The pruning runs after
  // every integration that writes files: it keeps what they wrote, and the social cards and the
  // papers' BibTeX files, which are files rather than routes. The build writes into dist.next/ and
  // replaces dist/ only when it has finished (atomic-output.ts), so a failed build leaves the last
  // good site in place.
  integrations: [
    output.prepare,
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/embed/') }),
    ingestOnBuild(),
    ingestOnChange(),
    warnUnsetSite({ siteIsSet: Boolean(site), placeholder: placeholderSite }),
    cards,
    paperBibtex,
    slugRedirects(),
    pruneStaleOutput({ alsoKeep: (path) => cards.isOutput(path) || paperBibtex.isOutput(path) }),
    // After the redirects are written, so that it reads them too, and after the pruning, so that it
    // judges links by what this build produced.
    checkLocalLinks(),
    output.publish,
  ],
  devToolbar: { enabled: false },
});

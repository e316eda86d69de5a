/**
 * A build without a `site` (neither `site:` in `content/profile.yaml` nor SITE_URL) still works, but
 * every absolute address it writes (canonical links, the feed, the sitemap, social images) points at
 * a placeholder domain. Say so once per build, with the fix.
 */
import type { AstroIntegration } from 'astro';
import { contentPaths } from '../lib/content-paths.ts';

export function unsetSiteWarning(placeholder: string): string {
  return (
    `No site address is set, so canonical links, the feed and the sitemap point at ${placeholder}. ` +
    `Set \`site:\` in ${contentPaths.profile} (for example \`site: https://jane.example.org\`) or the SITE_URL variable.`
  );
}

/** `siteIsSet`: whether the config's `site` came from the owner rather than the placeholder. */
export function warnUnsetSite(options: { siteIsSet: boolean; placeholder: string }): AstroIntegration {
  return {
    name: 'warn-unset-site',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!options.siteIsSet) logger.warn(unsetSiteWarning(options.placeholder));
      },
    },
  };
}

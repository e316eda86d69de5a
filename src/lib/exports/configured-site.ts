/**
 * The site's address as its owner set it: the SITE_URL variable, else `site` in
 * `content/profile.yaml`; undefined when neither is set.
 *
 * Astro's config falls back to a placeholder origin so that its own features run, but an export or a
 * head tag must never carry a placeholder domain: someone would cite it, subscribe to it or share it.
 * Without a site, exports use paths from the site's root or leave the URL out (the build warns).
 */
import type { Profile } from '../../schema/profile.ts';

export function configuredSite(
  profile: Pick<Profile, 'site'>,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  return environment['SITE_URL'] || profile.site || undefined;
}

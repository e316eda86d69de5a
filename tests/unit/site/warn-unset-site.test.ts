import { describe, expect, it } from 'vitest';
import { warnUnsetSite } from '../../../src/integrations/warn-unset-site.ts';

function warningsOfBuild(siteIsSet: boolean): string[] {
  const warnings: string[] = [];
  const hook = warnUnsetSite({ siteIsSet, placeholder: 'https://example.org' }).hooks['astro:build:start'];
  const logger = { warn: (message: string) => warnings.push(message) };
  void hook?.({ logger } as never);
  return warnings;
}

describe('warnUnsetSite', () => {
  it('warns at build time that addresses point at the placeholder, and says where to set the site', () => {
    const [warning, ...rest] = warningsOfBuild(false);
    expect(rest).toEqual([]);
    expect(warning).toContain('point at https://example.org');
    expect(warning).toContain('`site:` in content/profile.yaml');
    expect(warning).toContain('SITE_URL');
  });

  it('says nothing when the owner set the site', () => {
    expect(warningsOfBuild(true)).toEqual([]);
  });
});

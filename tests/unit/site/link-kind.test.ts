import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkKind } from '../../../src/lib/link-kind.ts';
import { svgShape } from '../../../src/lib/svg-shape.ts';

describe('linkKind', () => {
  it.each([
    ['mailto:amara@example.org', '', 'email'],
    ['https://scholar.google.com/citations?user=abc123', 'Scholar', 'scholar'],
    ['https://scholar.google.co.uk/citations?user=abc123', 'Publications', 'scholar'],
    ['https://orcid.org/0000-0002-1825-0097', 'ORCID', 'orcid'],
    ['https://github.com/amara-okafor', 'Code', 'github'],
    ['https://www.linkedin.com/in/amara-okafor', 'LinkedIn', 'linkedin'],
    ['https://twitter.com/amara', 'Twitter', 'x'],
    ['https://x.com/amara', 'X', 'x'],
    ['https://bsky.app/profile/amara.bsky.social', 'Bluesky', 'bluesky'],
    ['https://sigmoid.social/@amara', 'Fediverse', 'mastodon'],
    ['https://toots.example.org/@amara', 'Mastodon', 'mastodon'],
    ['https://amara.example.org', 'Homepage', 'link'],
    ['https://notgithub.com/amara', 'Code', 'link'],
    ['not a url', 'Broken', 'link'],
  ])('%s (%s) is %s', (url, label, kind) => {
    expect(linkKind(url, label)).toBe(kind);
  });
});

describe('svgShape', () => {
  it('keeps only the viewBox and the paths of an icon file', () => {
    const file = readFileSync('node_modules/simple-icons/icons/orcid.svg', 'utf8');
    const shape = svgShape(file);
    expect(shape.viewBox).toBe('0 0 24 24');
    expect(shape.paths).toHaveLength(1);
    expect(shape.paths[0]).toMatch(/^M12 0C/);
  });

  it('refuses a file without a drawing', () => {
    expect(() => svgShape('<svg><title>x</title></svg>')).toThrow(/no viewBox or no path/);
  });
});

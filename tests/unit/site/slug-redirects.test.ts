import { describe, expect, it } from 'vitest';
import { redirectPage, redirectPairs } from '../../../src/lib/slug-redirects.ts';

describe('redirect pages for retired paper URLs', () => {
  it('takes only slug-shaped pairs from the state, so a damaged file can name no other path', () => {
    expect(redirectPairs({ redirects: { 'old-paper': 'new-paper', '../../etc': 'x', 'a b': 'c', ok: '../up' } })).toEqual([['old-paper', 'new-paper']]);
    expect(redirectPairs(null)).toEqual([]);
    expect(redirectPairs({ version: 1 })).toEqual([]);
  });

  it('writes a page under the old address that leads on to the new one, for browsers and search engines', () => {
    const page = redirectPage('new-paper');
    expect(page.path('old-paper')).toBe('publications/old-paper/index.html');
    expect(page.html).toContain('<meta http-equiv="refresh" content="0; url=../new-paper/">');
    expect(page.html).toContain('<link rel="canonical" href="../new-paper/">');
    expect(page.html).toContain('<a href="../new-paper/">');
  });
});

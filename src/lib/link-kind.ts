/**
 * Which service a profile link points at, recognised from its address (and, for Mastodon, whose
 * servers have any name, from the label the owner gave it), so the header can show that service's
 * icon. The first matching rule wins; anything else is a plain link.
 */

export type LinkKind = 'email' | 'scholar' | 'orcid' | 'github' | 'linkedin' | 'x' | 'bluesky' | 'mastodon' | 'link';

interface Rule {
  kind: LinkKind;
  /** Host names, matched exactly or as a parent domain (`www.linkedin.com` matches `linkedin.com`). */
  hosts?: readonly string[];
  /** For services on many hosts: a test of the whole URL and the label. */
  test?: (url: URL, label: string) => boolean;
}

// Mastodon servers researchers use most; any other is recognised by a label that says "Mastodon".
const mastodonHosts = [
  'mastodon.social',
  'fosstodon.org',
  'sigmoid.social',
  'scholar.social',
  'mstdn.science',
  'hachyderm.io',
  'mas.to',
  'mathstodon.xyz',
  'ecoevo.social',
];

const rules: readonly Rule[] = [
  { kind: 'scholar', test: (url) => /(^|\.)scholar\.google\.[a-z.]+$/.test(url.hostname) },
  { kind: 'orcid', hosts: ['orcid.org'] },
  { kind: 'github', hosts: ['github.com'] },
  { kind: 'linkedin', hosts: ['linkedin.com'] },
  { kind: 'x', hosts: ['x.com', 'twitter.com'] },
  { kind: 'bluesky', hosts: ['bsky.app'] },
  {
    kind: 'mastodon',
    hosts: mastodonHosts,
    test: (url, label) => /mastodon/i.test(label) || /(^|\.)mastodon\./.test(url.hostname),
  },
];

function onHost(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

export function linkKind(href: string, label = ''): LinkKind {
  if (/^mailto:/i.test(href)) return 'email';
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'link';
  }
  const hostname = url.hostname.toLowerCase();
  const rule = rules.find(
    (candidate) => (candidate.hosts && onHost(hostname, candidate.hosts)) || candidate.test?.(url, label),
  );
  return rule?.kind ?? 'link';
}

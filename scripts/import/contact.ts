/**
 * Who is asking. OpenAlex puts requests that give a `mailto` in its polite pool, and Semantic
 * Scholar, DBLP and ORCID ask for a User-Agent that says who to contact; the address is the owner's
 * `email:` in content/profile.yaml. Without one, requests still go out, in the common pool.
 */
import { readYaml } from '../../src/lib/yaml.ts';

export const toolName = 'research-profile/0.1 (static research-profile site generator; npm run import)';

export function contactFromProfile(profileText: string | undefined): string | undefined {
  if (!profileText) return undefined;
  try {
    const profile = readYaml(profileText) as { email?: unknown } | null;
    const email = profile?.email;
    return typeof email === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
  } catch {
    return undefined;
  }
}

export function userAgentFor(contact: string | undefined): string {
  return contact ? `${toolName.slice(0, -1)}; mailto:${contact})` : toolName;
}

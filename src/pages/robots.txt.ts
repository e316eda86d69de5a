/** `/robots.txt`: everything may be crawled; the sitemap is at the configured site and base. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePaths } from '../lib/site-paths.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${absoluteUrl(site, import.meta.env.BASE_URL, sitePaths.sitemap)}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

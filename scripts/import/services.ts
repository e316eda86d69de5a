/**
 * The open services `npm run import` reads, one entry each: how to read the id, what the saved
 * document is called, and how to ask for the whole list politely. The answer is saved as the
 * service returns it (paged answers joined into one), in a format the ingest reads
 * (`scripts/ingest/formats/`). Adding a service means one entry here and one format.
 *
 * Rate limits, as each service publishes them:
 * - ORCID public API: 24 requests a second (https://info.orcid.org/ufaqs/what-are-the-api-limits/);
 * - OpenAlex: 10 a second, with `mailto` for the polite pool (https://docs.openalex.org/how-to-use-the-api/rate-limits-and-authentication);
 * - DBLP: no figure, but it answers bursts with 429 and asks for restraint: one a second here;
 * - Semantic Scholar: a shared pool without a key, one a second with one
 *   (https://www.semanticscholar.org/product/api); the key, if any, comes from SEMANTIC_SCHOLAR_API_KEY.
 */
import type { Client, Reply } from './http.ts';
import { readDblpPid, readOpenAlexAuthor, readOrcid, readSemanticScholarAuthor, type IdReading } from './ids.ts';

export interface FetchContext {
  client: Client;
  /** The owner's address, for services that ask for one in the query. */
  contact: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

export interface Service {
  /** The command-line flag without dashes, and the saved document's name prefix. */
  flag: string;
  label: string;
  /** The ingest format that reads the saved answer. */
  format: string;
  readId(argument: string): IdReading;
  documentName(id: string): string;
  /** The id a saved document was imported with, read from its name; undefined for other documents. */
  idOf(documentName: string): string | undefined;
  fetchAnswer(id: string, context: FetchContext): Promise<Reply>;
}

/** At most this many pages of a paged answer: 10,000 works at 200 a page is a career and more. */
const maxPages = 50;

const orcid: Service = {
  flag: 'orcid',
  label: 'ORCID',
  format: 'orcid-works',
  readId: readOrcid,
  documentName: (id) => `orcid-${id}.json`,
  idOf: (name) => idFromName(name, /^orcid-(.+)\.json$/, readOrcid),
  // `/record` rather than `/works`: the same works, and the person's name to check them against.
  fetchAnswer: (id, { client }) =>
    client.get(`https://pub.orcid.org/v3.0/${id}/record`, {
      service: 'ORCID',
      what: `ORCID iD ${id}`,
      intervalMs: 100,
      headers: { Accept: 'application/json' },
    }),
};

const openAlex: Service = {
  flag: 'openalex',
  label: 'OpenAlex',
  format: 'openalex-works',
  readId: readOpenAlexAuthor,
  documentName: (id) => `openalex-${id}.json`,
  idOf: (name) => idFromName(name, /^openalex-(.+)\.json$/, readOpenAlexAuthor),
  async fetchAnswer(id, { client, contact }) {
    const filter = id.startsWith('A') ? `author.id:${id}` : `author.orcid:${id}`;
    const fields = 'id,doi,display_name,publication_year,publication_date,type,primary_location,locations,authorships,biblio,cited_by_count,abstract_inverted_index,updated_date';
    const results: unknown[] = [];
    let count = 0;
    let cursor: string | null = '*';
    for (let page = 0; cursor && page < maxPages; page += 1) {
      const query = new URLSearchParams({ filter, select: fields, 'per-page': '200', cursor, ...(contact ? { mailto: contact } : {}) });
      const reply = await client.get(`https://api.openalex.org/works?${query.toString()}`, {
        service: 'OpenAlex',
        what: `author ${id}`,
        intervalMs: 150,
      });
      if (!reply.ok) return reply;
      const answer = parseJson(reply.text) as { meta?: { count?: number; next_cursor?: string | null }; results?: unknown[] } | undefined;
      if (!answer || !Array.isArray(answer.results)) return { ok: false, message: `OpenAlex sent something other than a list of works for ${id}.` };
      results.push(...answer.results);
      count = answer.meta?.count ?? results.length;
      cursor = answer.results.length > 0 ? (answer.meta?.next_cursor ?? null) : null;
    }
    if (results.length === 0) return { ok: false, message: `OpenAlex lists no works for ${id}. Check the id.` };
    const joined = { meta: { count, per_page: 200, next_cursor: null }, results, group_by: [] };
    return { ok: true, text: `${JSON.stringify(joined, null, 2)}\n` };
  },
};

const dblp: Service = {
  flag: 'dblp',
  label: 'DBLP',
  format: 'dblp-person',
  readId: readDblpPid,
  // A pid holds a slash, which a file name cannot.
  documentName: (id) => `dblp-${id.replace('/', '_')}.xml`,
  idOf: (name) => idFromName(name, /^dblp-(.+)\.xml$/, (id) => readDblpPid(id.replace('_', '/'))),
  fetchAnswer: (id, { client }) =>
    client.get(`https://dblp.org/pid/${id}.xml`, { service: 'DBLP', what: `person ${id}`, intervalMs: 1000 }),
};

const semanticScholar: Service = {
  flag: 'semantic-scholar',
  label: 'Semantic Scholar',
  format: 'semantic-scholar-papers',
  readId: readSemanticScholarAuthor,
  documentName: (id) => `semantic-scholar-${id}.json`,
  idOf: (name) => idFromName(name, /^semantic-scholar-(.+)\.json$/, readSemanticScholarAuthor),
  async fetchAnswer(id, { client, env }) {
    const key = env['SEMANTIC_SCHOLAR_API_KEY'];
    const fields = 'title,abstract,externalIds,venue,journal,year,publicationDate,publicationTypes,citationCount,authors';
    const data: unknown[] = [];
    let offset: number | undefined = 0;
    for (let page = 0; offset !== undefined && page < maxPages; page += 1) {
      const reply = await client.get(`https://api.semanticscholar.org/graph/v1/author/${id}/papers?fields=${fields}&limit=100&offset=${offset}`, {
        service: 'Semantic Scholar',
        what: `author ${id}`,
        intervalMs: 1100,
        ...(key ? { headers: { 'x-api-key': key } } : {}),
      });
      if (!reply.ok) return reply;
      const answer = parseJson(reply.text) as { next?: number; data?: unknown[] } | undefined;
      if (!answer || !Array.isArray(answer.data)) return { ok: false, message: `Semantic Scholar sent something other than a list of papers for author ${id}.` };
      data.push(...answer.data);
      offset = answer.data.length > 0 && typeof answer.next === 'number' ? answer.next : undefined;
    }
    if (data.length === 0) return { ok: false, message: `Semantic Scholar lists no papers for author ${id}. Check the id.` };
    return { ok: true, text: `${JSON.stringify({ offset: 0, data }, null, 2)}\n` };
  },
};

export const services: readonly Service[] = [orcid, openAlex, dblp, semanticScholar];

function idFromName(name: string, pattern: RegExp, read: (id: string) => IdReading): string | undefined {
  const match = pattern.exec(name)?.[1];
  const reading = match ? read(match) : undefined;
  return reading?.ok ? reading.id : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

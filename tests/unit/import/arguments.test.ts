/** The command line of `npm run import`, and the ids each service is asked with. */
import { describe, expect, it } from 'vitest';
import { parseImportArguments } from '../../../scripts/import/arguments.ts';
import { readDblpPid, readOpenAlexAuthor, readOrcid, readSemanticScholarAuthor } from '../../../scripts/import/ids.ts';
import { services } from '../../../scripts/import/services.ts';

const imports = (argv: string[]) => {
  const parsed = parseImportArguments(argv);
  if (parsed.kind !== 'import') throw new Error(`expected an import, got ${JSON.stringify(parsed)}`);
  return { ...parsed.request, imports: parsed.request.imports.map(({ service, id }) => [service.flag, id]) };
};

describe('import arguments', () => {
  it('reads each service’s flag with its id, as two words or with =, without repeats', () => {
    expect(imports(['--orcid', '0000-0002-1847-5931', '--dblp=271/4410', '--orcid', 'https://orcid.org/0000-0002-1847-5931', '--build'])).toEqual({
      imports: [
        ['orcid', '0000-0002-1847-5931'],
        ['dblp', '271/4410'],
      ],
      refresh: false,
      build: true,
    });
    expect(imports(['--refresh'])).toEqual({ imports: [], refresh: true, build: false });
  });

  it('explains a missing id, an unknown flag and an empty command', () => {
    expect(parseImportArguments(['--openalex', '--build'])).toEqual({ kind: 'usage-error', message: '--openalex needs an id.' });
    expect(parseImportArguments(['--scholar', 'x'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('Unknown argument --scholar. Options: --orcid, --openalex, --dblp, --semantic-scholar') });
    expect(parseImportArguments([])).toMatchObject({ kind: 'usage-error', message: 'Nothing to import: give a service and an id, or --refresh.' });
    expect(parseImportArguments(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('service ids', () => {
  it('accepts ORCID iDs with a correct check digit, including X', () => {
    expect(readOrcid('0000-0002-1825-0097')).toEqual({ ok: true, id: '0000-0002-1825-0097' });
    expect(readOrcid('https://orcid.org/0000-0002-1694-233x')).toEqual({ ok: true, id: '0000-0002-1694-233X' });
    expect(readOrcid('0000-0002-1825-0098')).toMatchObject({ ok: false });
    expect(readOrcid('1234')).toMatchObject({ ok: false, message: expect.stringContaining('16 digits in four groups') });
  });

  it('reads OpenAlex, DBLP and Semantic Scholar ids from bare ids and page addresses', () => {
    expect(readOpenAlexAuthor('https://openalex.org/A5023888391')).toEqual({ ok: true, id: 'A5023888391' });
    expect(readOpenAlexAuthor('0000-0002-1825-0097')).toEqual({ ok: true, id: '0000-0002-1825-0097' });
    expect(readOpenAlexAuthor('W123')).toMatchObject({ ok: false });
    expect(readDblpPid('https://dblp.org/pid/203/1187-2.html')).toEqual({ ok: true, id: '203/1187-2' });
    expect(readDblpPid('Jane Doe')).toMatchObject({ ok: false });
    expect(readSemanticScholarAuthor('https://www.semanticscholar.org/author/Jane-Doe/1741101')).toEqual({ ok: true, id: '1741101' });
    expect(readSemanticScholarAuthor('jane')).toMatchObject({ ok: false });
  });

  it('names each saved answer so --refresh can read the id back from it', () => {
    const ids: Record<string, string> = { orcid: '0000-0002-1825-0097', openalex: 'A5023888391', dblp: '203/1187-2', 'semantic-scholar': '1741101' };
    for (const service of services) {
      const id = ids[service.flag] ?? '';
      expect(service.idOf(service.documentName(id)), service.flag).toBe(id);
    }
    expect(services.map((service) => service.idOf('gs_data.json'))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

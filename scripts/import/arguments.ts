/** The command line of `npm run import`: one flag per service, `--refresh`, `--build`. */
import { services, type Service } from './services.ts';

export interface ImportRequest {
  /** Each service and id asked for, in the order given, without repeats. */
  imports: { service: Service; id: string }[];
  /** Fetch again everything imported before (the documents in content/sources/ named after a service). */
  refresh: boolean;
  build: boolean;
}

export type ParsedImportArguments = { kind: 'import'; request: ImportRequest } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export const usage = `Usage: npm run import -- [--orcid <iD>] [--openalex <author id or ORCID iD>] [--dblp <pid>]
                         [--semantic-scholar <author id>] [--refresh] [--build]

  npm run import -- --orcid 0000-0002-1825-0097          ORCID works (DOIs, types, journals)
  npm run import -- --openalex A5023888391              OpenAlex works (abstracts, citation counts)
  npm run import -- --dblp 271/4410                     DBLP person page (venues, pages)
  npm run import -- --semantic-scholar 1741101          Semantic Scholar papers (abstracts, counts)
  npm run import -- --refresh                           fetch again everything imported before

Each answer is saved in content/sources/ (orcid-<iD>.json, openalex-<id>.json, dblp-<pid>.xml,
semantic-scholar-<id>.json); --build then rebuilds the site. Nothing is written unless every
request succeeds. Set email: in content/profile.yaml so the services know whom to contact.`;

export function parseImportArguments(argv: readonly string[]): ParsedImportArguments {
  const request: ImportRequest = { imports: [], refresh: false, build: false };
  const problems: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    if (argument === '--refresh') request.refresh = true;
    else if (argument === '--build') request.build = true;
    else {
      const [flag = '', inline] = argument.split(/=(.*)/s, 2);
      const service = services.find((candidate) => `--${candidate.flag}` === flag);
      if (!service) {
        problems.push(`Unknown argument ${argument}. Options: ${services.map((known) => `--${known.flag}`).join(', ')}, --refresh, --build.`);
        continue;
      }
      const value = inline ?? argv[(index += 1)];
      if (value === undefined || value.startsWith('--')) {
        problems.push(`${flag} needs an id.`);
        if (value !== undefined) index -= 1;
        continue;
      }
      const reading = service.readId(value);
      if (!reading.ok) problems.push(reading.message);
      else if (!request.imports.some((item) => item.service === service && item.id === reading.id)) request.imports.push({ service, id: reading.id });
    }
  }
  if (problems.length > 0) return { kind: 'usage-error', message: problems.join('\n') };
  if (request.imports.length === 0 && !request.refresh) return { kind: 'usage-error', message: 'Nothing to import: give a service and an id, or --refresh.' };
  return { kind: 'import', request };
}

/**
 * Reads the text of `content/cv.json` into a CV, or into errors that name the file, the place in
 * the document (a JSON pointer such as `/work/0/startDate`) and what is wrong with it.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { cvJsonSchema } from './cv-schema.ts';
import type { Cv } from './cv-types.ts';
import { errorLine, readYaml } from '../yaml.ts';

export type CvResult = { ok: true; cv: Cv; warnings: string[] } | { ok: false; errors: string[] };

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

let compiled: ReturnType<Ajv['compile']> | undefined;

function validator() {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  compiled = ajv.compile(cvJsonSchema);
  return compiled;
}

/** What an error says, in words a CV's author reads: dates are explained rather than shown as a pattern. */
function describe(error: ErrorObject): string {
  if (error.keyword === 'pattern' && error.schemaPath.includes('iso8601'))
    return 'must be a date written 2024, 2024-03 or 2024-03-15';
  if (error.keyword === 'format') return `must match format "${String(error.params['format'])}"`;
  return error.message ?? `fails the schema's "${error.keyword}" rule`;
}

/**
 * The line (from 1) of a JSON syntax error: from V8's message when it gives a line or a position,
 * else from the YAML reader (JSON is YAML), which points at the line where the text stops making sense.
 */
function syntaxErrorLine(text: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position) return text.slice(0, Number(position)).split('\n').length;
  try {
    readYaml(text);
    return undefined;
  } catch (error) {
    return errorLine(error);
  }
}

function parseJson(text: string, file: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = syntaxErrorLine(text, message);
    return { error: `${line === undefined ? file : `${file}:${line}`}: not valid JSON (${message})` };
  }
}

export function validateCv(text: string, file: string): CvResult {
  const parsed = parseJson(text, file);
  if ('error' in parsed) return { ok: false, errors: [parsed.error] };
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    return { ok: false, errors: [`${file}: must be a JSON object (a JSON Resume document)`] };
  const validate = validator();
  if (!validate(parsed.value)) {
    const errors = (validate.errors ?? []).map((error) => `${file}: ${error.instancePath || '/'} ${describe(error)}`);
    return { ok: false, errors: [...new Set(errors)] };
  }
  const cv = parsed.value as Cv;
  const warnings =
    cv.publications && cv.publications.length > 0
      ? [`${file}: /publications is not shown; the CV lists the site's own publications instead`]
      : [];
  return { ok: true, cv, warnings };
}

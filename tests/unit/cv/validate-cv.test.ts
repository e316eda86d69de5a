import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCv } from '../../../src/lib/cv/validate-cv.ts';

const file = 'content/cv.json';
const errorsOf = (value: unknown) => {
  const result = validateCv(typeof value === 'string' ? value : JSON.stringify(value, null, 2), file);
  return result.ok ? [] : result.errors;
};

describe('validateCv', () => {
  it('accepts the sample résumé the JSON Resume schema package ships', () => {
    const sample = readFileSync('node_modules/@jsonresume/schema/sample.resume.json', 'utf8');
    const result = validateCv(sample, file);
    expect(result.ok).toBe(true);
  });

  it('names the file and the JSON path of each error, and says what a date must look like', () => {
    expect(
      errorsOf({
        basics: { name: 'Ana Folau', email: 'not an address', url: 'no scheme' },
        work: [{ name: 'Tonga Marine Institute', startDate: '2021-3' }],
        education: [{ institution: 'University of Auckland', courses: 'Oceanography' }],
      }),
    ).toEqual([
      'content/cv.json: /basics/email must match format "email"',
      'content/cv.json: /basics/url must match format "uri"',
      'content/cv.json: /work/0/startDate must be a date written 2024, 2024-03 or 2024-03-15',
      'content/cv.json: /education/0/courses must be array',
    ]);
  });

  it('checks the extension sections (grants, teaching, talks) like the standard ones', () => {
    expect(
      errorsOf({
        grants: [{ title: 'Coral reef acoustics', funder: 'A research council', startDate: 'spring 2022' }],
        teaching: [{ course: 'Marine ecology', endDate: 2023 }],
        talks: 'none',
      }),
    ).toEqual([
      'content/cv.json: /grants/0/startDate must be a date written 2024, 2024-03 or 2024-03-15',
      'content/cv.json: /teaching/0/endDate must be string',
      'content/cv.json: /talks must be array',
    ]);
  });

  it('gives the line of a JSON syntax error', () => {
    const [error] = errorsOf('{\n  "basics": {\n    "name": "Ana Folau",\n  }\n}');
    expect(error).toMatch(/^content\/cv\.json:4: not valid JSON/);
  });

  it('refuses a document that is not an object', () => {
    expect(errorsOf('[]')).toEqual(['content/cv.json: must be a JSON object (a JSON Resume document)']);
  });

  it('warns that a publications list in the file is not shown, since the CV lists the collection', () => {
    const result = validateCv(JSON.stringify({ publications: [{ name: 'A paper' }] }), file);
    expect(result).toEqual({
      ok: true,
      cv: { publications: [{ name: 'A paper' }] },
      warnings: ["content/cv.json: /publications is not shown; the CV lists the site's own publications instead"],
    });
  });
});

/**
 * The JSON Schema `content/cv.json` is checked against: the published JSON Resume schema
 * (`@jsonresume/schema`), plus three sections a researcher's CV has and JSON Resume lacks, kept as
 * extension keys (the schema allows any extra key): `grants`, `teaching` and `talks`. Service to the
 * field (reviewing, committees) goes in JSON Resume's own `volunteer` section.
 */
import resumeSchema from '@jsonresume/schema/schema.json' with { type: 'json' };

const date = { $ref: '#/definitions/iso8601' };
const text = { type: 'string' };
const url = { type: 'string', format: 'uri' };

function listOf(properties: Record<string, object>): object {
  return { type: 'array', items: { type: 'object', additionalProperties: true, properties } };
}

/** The extension sections: each entry's fields, in JSON Resume's style (camelCase, ISO 8601 dates). */
export const extensionSections = {
  grants: listOf({
    title: text,
    funder: text,
    role: text,
    amount: text,
    startDate: date,
    endDate: date,
    url,
    summary: text,
  }),
  teaching: listOf({
    course: text,
    institution: text,
    role: text,
    startDate: date,
    endDate: date,
    url,
    summary: text,
  }),
  talks: listOf({ title: text, event: text, location: text, date, url, summary: text }),
};

export const cvJsonSchema = {
  ...resumeSchema,
  properties: { ...resumeSchema.properties, ...extensionSections },
};

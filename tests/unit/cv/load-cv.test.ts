import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasCv, loadCv } from '../../../src/lib/cv/load-cv.ts';

const folder = mkdtempSync(join(tmpdir(), 'load-cv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('loadCv', () => {
  it('stops the build with every error of a file that does not fit the schema, each naming the file', () => {
    const file = join(folder, 'cv.json');
    writeFileSync(file, JSON.stringify({ work: [{ startDate: 'May 2020' }], awards: [{ date: '19 March 2019' }] }));
    expect(() => loadCv(file)).toThrow(
      `The CV does not fit the JSON Resume schema:\n${file}: /work/0/startDate must be a date written 2024, 2024-03 or 2024-03-15\n` +
        `${file}: /awards/0/date must be a date written 2024, 2024-03 or 2024-03-15`,
    );
  });

  it('means no CV when there is no file', () => {
    expect(hasCv(join(folder, 'missing.json'))).toBe(false);
    expect(loadCv(join(folder, 'missing.json'))).toBeNull();
  });
});

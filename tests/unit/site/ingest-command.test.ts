import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArguments } from '../../../src/integrations/ingest-on-change.ts';

describe('the ingest command', () => {
  it('is the same in `npm run ingest` as in the builds and the dev server that spawn it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['ingest']).toBe(`node ${ingestArguments.join(' ')}`);
  });
});

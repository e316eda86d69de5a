import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Every module specifier a source file imports, re-exports or loads dynamically. */
function importsOf(text: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

interface SourceFile {
  path: string;
  text: string;
}

function sourceFiles(folder: string): SourceFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** The imports in `src/` that resolve into `scripts/`. */
function importsIntoScripts(files: readonly SourceFile[]): string[] {
  return files.flatMap(({ path: file, text }) =>
    importsOf(text)
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => relative(root, resolve(file, '..', specifier)).split(/[\\/]/)[0] === 'scripts')
      .map((specifier) => `${relative(root, file)} imports ${specifier}`),
  );
}

describe('import direction', () => {
  it('finds an import from src/ into scripts/ when there is one', () => {
    const files = [
      { path: join(root, 'src/lib/a.ts'), text: "import { run } from '../../scripts/ingest/run.ts';" },
      { path: join(root, 'src/pages/b.astro'), text: "const lazy = await import('../../scripts/x.ts');" },
      { path: join(root, 'src/lib/c.ts'), text: "import { y } from './scripts-like.ts';\nimport type { Z } from '../schema/z.ts';" },
    ];
    expect(importsIntoScripts(files)).toEqual([
      'src/lib/a.ts imports ../../scripts/ingest/run.ts',
      'src/pages/b.astro imports ../../scripts/x.ts',
    ]);
  });

  it('src/ imports nothing from scripts/ (shared code lives in src/lib/)', () => {
    expect(importsIntoScripts(sourceFiles(join(root, 'src')))).toEqual([]);
  });
});

/**
 * `npm run cv:pdf [-- --letter]`: writes `dist/cv.pdf` from the built CV page (run `npm run build`
 * first). A4 unless `--letter`. Uses the system's Chromium (or CHROME_PATH) through playwright-core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentPaths } from '../src/lib/content-paths.ts';
import { readYaml } from '../src/lib/yaml.ts';
import { findChromium } from './find-chromium.ts';
import { printCv } from './print-cv.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const distDir = resolve(root, argv.find((arg) => !arg.startsWith('--')) ?? 'dist');

/** The base path the build used: BASE_PATH, then `base:` in profile.yaml, as astro.config.mjs reads them. */
function sitebase(): string {
  if (process.env['BASE_PATH']) return process.env['BASE_PATH'];
  try {
    const profile = readYaml(readFileSync(join(root, contentPaths.profile), 'utf8')) as { base?: unknown } | null;
    if (typeof profile?.base === 'string') return profile.base;
  } catch {
    // No profile, or one the build ignored too.
  }
  return '/';
}

async function main(): Promise<number> {
  if (!existsSync(join(distDir, 'cv', 'index.html'))) {
    if (!existsSync(join(root, contentPaths.cv))) {
      console.log(`No ${contentPaths.cv}, so the site has no CV page and there is no PDF to write.`);
      return 0;
    }
    console.error(`No CV page in ${distDir}: run \`npm run build\` first.`);
    return 1;
  }
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    console.error(`Cannot write the CV's PDF. ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const out = join(distDir, 'cv.pdf');
  await printCv({ distDir, base: sitebase(), out, paper: argv.includes('--letter') ? 'Letter' : 'A4', executablePath });
  console.log(`Wrote ${out}`);
  return 0;
}

process.exitCode = await main();

/**
 * The system's Chromium, for everything that drives a browser: `npm run cv:pdf`, the browser tests
 * and the benchmark. playwright-core downloads no browser of its own, so one must be installed;
 * `CHROME_PATH` names any Chromium or Chrome executable.
 */
import { existsSync } from 'node:fs';

const candidatePaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const noChromiumMessage =
  'No Chromium found. On Debian/Ubuntu run `apt-get install -y chromium` (as root); ' +
  'elsewhere set CHROME_PATH to a Chromium or Chrome executable.';

export function findChromium(environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = environment['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidatePaths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(noChromiumMessage);
}

/**
 * Without the background-networking flags Chromium tries to reach Google's hosts at every start,
 * which a sandboxed network refuses.
 */
export const chromiumArguments = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

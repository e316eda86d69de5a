/**
 * What the commands that change `content/sources/` (`npm run add`, `npm run import`) share around
 * their pure `run…` functions: the command's arguments, and a build that shares the terminal.
 */
import { spawn } from 'node:child_process';

/**
 * The command's arguments. `npm run add --build …` (without `--`) hands a flag to npm instead,
 * which exposes it as `npm_config_<flag>`: those come back as the flags that were meant.
 */
export function commandArguments(flags: readonly string[]): string[] {
  const argv = process.argv.slice(2);
  for (const flag of flags) {
    if (process.env[`npm_config_${flag}`] === 'true' && !argv.includes(`--${flag}`)) argv.push(`--${flag}`);
  }
  return argv;
}

/** Runs `npm run build` in the project, sharing this terminal. */
export function runBuild(root: string): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

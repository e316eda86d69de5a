/**
 * Runs one command and measures its wall time and peak resident memory.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when it is installed: the kernel's own
 * maximum RSS of the largest process in the tree, with no sampling gaps. Without it, the child and
 * its descendants are polled every 50 ms for VmHWM (each process's own high-water mark, so a peak
 * between two polls is still seen, as long as the process is alive at a poll). Both report the
 * largest single process, not the sum: the build is one Node process plus small helpers.
 *
 * CPU time (user + system, of the command and everything below it) is measured too: on a shared
 * machine the wall time grows with the other load, the CPU time much less, so it is the better
 * number to compare two runs by. It is the growth of this process's reaped-children times in
 * /proc/self/stat, so commands must run one at a time (they do).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RssMethod = 'gnu-time' | 'proc-poll';

export interface Measurement {
  ms: number;
  /** User + system CPU time of the command and its descendants. */
  cpuMs: number;
  /** Peak RSS of the largest process, in bytes. */
  peakRssBytes: number;
  rssMethod: RssMethod;
  output: string;
}

const gnuTime = '/usr/bin/time';

export function defaultRssMethod(): RssMethod {
  return existsSync(gnuTime) ? 'gnu-time' : 'proc-poll';
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  rssMethod?: RssMethod;
}

/** Runs `command args…`; throws with the command's output when it exits with an error. */
export async function measureCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<Measurement> {
  const rssMethod = options.rssMethod ?? defaultRssMethod();
  const scratch = await mkdtemp(join(tmpdir(), 'bench-'));
  const timeFile = join(scratch, 'max-rss');
  const [file, fileArgs] =
    rssMethod === 'gnu-time' ? [gnuTime, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];

  const cpuBefore = await childrenCpuMs();
  const started = performance.now();
  const child = spawn(file, fileArgs, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const poller = rssMethod === 'proc-poll' && child.pid !== undefined ? pollPeakRss(child.pid) : undefined;
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  const cpuMs = (await childrenCpuMs()) - cpuBefore;

  try {
    if (code !== 0)
      throw new Error(
        `\`${command} ${args.join(' ')}\` (in ${options.cwd}) exited with ${code}:\n${output.slice(-4000)}`,
      );
    const peakRssBytes = poller
      ? poller.stop()
      : Number((await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)) * 1024;
    return { ms, cpuMs, peakRssBytes, rssMethod, output };
  } finally {
    poller?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** cutime + cstime of this process (fields 16 and 17 of /proc/self/stat), in ms; clock ticks are 1/100 s on Linux. */
async function childrenCpuMs(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command name start at field 3, so field n is at index n - 3.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Samples VmHWM of `root` and every descendant every 50 ms; `stop()` returns the largest seen. */
function pollPeakRss(root: number): { stop(): number } {
  const peaks = new Map<number, number>();
  let busy = false;
  const sample = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const pid of await descendants(root)) {
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
        const kilobytes = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
        if (kilobytes > (peaks.get(pid) ?? 0)) peaks.set(pid, kilobytes);
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void sample(), 50);
  void sample();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(0, ...peaks.values()) * 1024;
    },
  };
}

/** `root` and all processes below it, from the parent ids in /proc/<pid>/stat. */
async function descendants(root: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) is in parentheses and may contain spaces; the parent id follows it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)?.push(Number(entry));
  }
  const found = [root];
  for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index] as number) ?? []));
  return found;
}

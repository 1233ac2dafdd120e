import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { createServer } from 'node:net';

/** Starting and stopping app processes for the HTTP-mode scenarios (startup, slack-http). */

export const SIGNING_SECRET = 'benchsigningsecret0123456789';
export const BOT_TOKEN = 'xoxb-bench-0000000000';

/** A free loopback port, so each app process is told its port up front. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let tasksetWorks: boolean | undefined;
/** True where processes can be pinned to cores (Linux with taskset, two or more cores). */
export function canPin(): boolean {
  if (tasksetWorks === undefined) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      tasksetWorks = cpus().length >= 2;
    } catch {
      tasksetWorks = false;
    }
  }
  return tasksetWorks;
}

/** The command line, run through `taskset -c CPUS` when cpus is given and pinning works. */
export function pinnedCommand(cpuList: string | undefined, argv: string[]): [string, string[]] {
  if (cpuList === undefined || !canPin()) return [argv[0]!, argv.slice(1)];
  return ['taskset', ['-c', cpuList, ...argv]];
}

/** Pins every thread of this process (the load generator) to cpuList; returns the previous list. */
export function pinSelf(cpuList: string): string | null {
  if (!canPin()) return null;
  const before = execFileSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' })
    .split(':')
    .pop()!
    .trim();
  execFileSync('taskset', ['-a', '-cp', cpuList, String(process.pid)], { stdio: 'ignore' });
  return before;
}

/** The bot in HTTP mode, the way `npm start` runs it (node dist/index.js), with its settings in env. */
export function startBot(env: Record<string, string>, cpuList?: string): ChildProcess {
  const [command, args] = pinnedCommand(cpuList, [process.execPath, 'dist/index.js']);
  return spawn(command, args, {
    env: {
      ...process.env,
      SLACK_MODE: 'http',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      KNOWLEDGE_WATCH: 'false',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export function startBareBolt(port: number, apiUrl: string, cpuList?: string): ChildProcess {
  const [command, args] = pinnedCommand(cpuList, [process.execPath, '--import', 'tsx', 'bench/bare-bolt-app.ts', String(port)]);
  return spawn(command, args, {
    env: { ...process.env, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: apiUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** Polls url every 10 ms until accept(status) or the deadline; resolves with the ms waited. */
export async function waitForHttp(
  url: string,
  accept: (status: number) => boolean,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<number> {
  const start = performance.now();
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (performance.now() - start < timeoutMs) {
    if (exited !== null) throw new Error(`app exited with ${exited} before it was ready: ${stderr.trim()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (accept(res.status)) return performance.now() - start;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms: ${stderr.trim()}`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

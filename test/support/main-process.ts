import { spawn, type ChildProcess } from 'node:child_process';

/**
 * src/index.ts as a real child process (`node --import tsx`, what `npm start` runs, without
 * npm's start-up cost), configured only by its environment.
 */

export interface MainProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startMain(env: Record<string, string>, options: { preload?: string[] } = {}): MainProcess {
  const imports = ['tsx', ...(options.preload ?? [])].flatMap((m) => ['--import', m]);
  const child = spawn(process.execPath, [...imports, 'src/index.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', KNOWLEDGE_WATCH: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stderr: () => err, exited };
}

/** Waits for stderr to match `pattern`; fails with the whole stderr after `timeoutMs`. */
export async function waitForLine(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no line matching ${pattern} within ${timeoutMs} ms; stderr:\n${read()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The JSON log lines written so far. */
export function logLines(stderr: string): Record<string, any>[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, any>);
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeSet } from './knowledge-sets.js';
import { check, median, ms, type BenchOptions, type ScenarioResult } from './measure.js';
import { freePort, startBot, stopProcess, waitForHttp } from './slack-app-process.js';
import { startSlackStub } from './slack-stub.js';

/**
 * Startup in HTTP mode: from spawning the bot (node dist/index.js, as npm start does) to
 * GET /healthz answering 200. "cold" starts with an empty CACHE_DIR (index built and
 * saved); "cached" is the restart that follows, with unchanged knowledge.
 */

export interface StartupFigures {
  knowledge: string;
  runs: number;
  coldMs: number;
  cachedMs: number;
}

async function startOnce(dir: string, cacheDir: string, dataDir: string, apiUrl: string): Promise<number> {
  const port = await freePort();
  const bot = startBot({ PORT: String(port), SLACK_API_URL: apiUrl, KNOWLEDGE_DIR: dir, CACHE_DIR: cacheDir, DATA_DIR: dataDir });
  try {
    return await waitForHttp(`http://127.0.0.1:${port}/healthz`, (s) => s === 200, bot);
  } finally {
    await stopProcess(bot);
  }
}

const TIME = '/usr/bin/time';

/**
 * One whole process, spawned with `input` on stdin, until it exits: its wall time, and its CPU
 * time (user + system, read by /usr/bin/time where it is installed), which a busy machine
 * disturbs far less than the wall clock.
 */
async function timeProcess(
  argv: string[],
  input: string,
  env: Record<string, string>,
  cpuFile: string,
): Promise<{ wall: number; cpu: number | null }> {
  const withCpu = existsSync(TIME);
  const [command, args] = withCpu ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...argv]] : [process.execPath, argv];
  const wall = await new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', KNOWLEDGE_WATCH: 'false', ...env },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${argv.join(' ')} exited ${code}`))));
    child.stdin.end(input);
  });
  if (!withCpu) return { wall, cpu: null };
  const [user, system] = (await readFile(cpuFile, 'utf8')).trim().split(/\s+/).map(Number);
  return { wall, cpu: ((user ?? 0) + (system ?? 0)) * 1000 };
}

interface LocalStartFigures {
  what: string;
  ms: number;
  cpuMs: number | null;
}

/**
 * Start to one local answer and exit, whole process, against importing Bolt alone (the floor of
 * any Bolt app). Runs alternate so a busy machine slows all three alike; medians are kept.
 */
async function localStart(runs: number): Promise<LocalStartFigures[]> {
  const temp = await mkdtemp(join(tmpdir(), 'bench-local-start-'));
  const env = { CACHE_DIR: join(temp, 'cache'), DATA_DIR: join(temp, 'data') };
  const cpuFile = join(temp, 'cpu');
  const question = 'can containers run on virtual machines?\n';
  const variants: [string, string[], string][] = [
    ["import('@slack/bolt') alone", ['--input-type=module', '-e', "await import('@slack/bolt')"], ''],
    ['npm start: node dist/index.js', ['dist/index.js'], question],
    ['from source: node --import tsx src/index.ts', ['--import', 'tsx', 'src/index.ts'], question],
  ];
  const samples = variants.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  try {
    // A first run of each fills the index cache and the OS file cache.
    for (const [, argv, input] of variants) await timeProcess(argv, input, env, cpuFile);
    for (let r = 0; r < runs; r++) {
      for (const [i, [, argv, input]] of variants.entries()) {
        const { wall, cpu } = await timeProcess(argv, input, env, cpuFile);
        samples[i]!.wall.push(wall);
        if (cpu !== null) samples[i]!.cpu.push(cpu);
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return variants.map(([what], i) => ({
    what,
    ms: median(samples[i]!.wall),
    cpuMs: samples[i]!.cpu.length ? median(samples[i]!.cpu) : null,
  }));
}

export async function runStartup(sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  const runs = options.quick ? 1 : 3;
  const local = await localStart(options.quick ? 3 : 9);
  const bolt = local[0]!.ms;
  const compiled = local[1]!.ms;
  const boltCpu = local[0]!.cpuMs;
  const compiledCpu = local[1]!.cpuMs;
  const stub = await startSlackStub();
  const figures: StartupFigures[] = [];
  try {
    for (const set of sets.filter((s) => s.name === 'default' || s.name === 'corpus')) {
      const cold: number[] = [];
      const cached: number[] = [];
      for (let r = 0; r < runs; r++) {
        const temp = await mkdtemp(join(tmpdir(), 'bench-startup-'));
        try {
          cold.push(await startOnce(set.dir, join(temp, 'cache'), join(temp, 'data'), stub.apiUrl));
          cached.push(await startOnce(set.dir, join(temp, 'cache'), join(temp, 'data'), stub.apiUrl));
        } finally {
          await rm(temp, { recursive: true, force: true });
        }
      }
      figures.push({ knowledge: set.name, runs, coldMs: median(cold), cachedMs: median(cached) });
    }
  } finally {
    await stub.stop();
  }
  const corpus = figures.find((f) => f.knowledge === 'corpus');
  return {
    figures: { startup: figures },
    // The "restart ≥ 3× faster" is checked on loading the knowledge (index-build); here
    // the fixed start-up of Node, tsx and the Slack stack is part of both figures.
    targets: [
      check(
        'corpus: whole-process restart with the cache vs cold start',
        'informational',
        corpus ? corpus.coldMs / corpus.cachedMs : null,
        '×',
        () => true,
      ),
      check("local chat: start to first answer vs import('@slack/bolt') alone, wall", '≤ 2.8×', compiled / bolt, '×', (v) => v <= 2.8),
      check(
        "local chat: start to first answer vs import('@slack/bolt') alone, CPU",
        '≤ 2.8×',
        boltCpu && compiledCpu ? compiledCpu / boltCpu : null,
        '×',
        (v) => v <= 2.8,
      ),
    ],
    tables: [
      {
        title: 'Start to one local answer and exit, whole process (median ms, default knowledge, cached index)',
        columns: ['what', 'wall ms', "wall × import('@slack/bolt')", 'CPU ms', "CPU × import('@slack/bolt')"],
        rows: local.map((f) => [
          f.what,
          ms(f.ms),
          `${(f.ms / bolt).toFixed(2)}×`,
          ms(f.cpuMs),
          f.cpuMs && boltCpu ? `${(f.cpuMs / boltCpu).toFixed(2)}×` : '–',
        ]),
        note: 'Bolt alone is the floor of any Bolt app. The compiled start skips tsx compiling the sources at every start. CPU is user + system time (/usr/bin/time), which other work on a shared machine disturbs far less than wall time.',
      },
      {
        title: 'Startup, HTTP mode: process start to GET /healthz 200 (median ms)',
        columns: ['knowledge', 'cold (empty cache)', 'cached restart', 'cold / cached', 'runs'],
        rows: figures.map((f) => [f.knowledge, ms(f.coldMs), ms(f.cachedMs), `${(f.coldMs / f.cachedMs).toFixed(1)}×`, f.runs]),
        note: 'Every figure includes the fixed start of the process: Node, importing Bolt, zod and the app, the feedback store and auth.test against the local stub. The default knowledge (15 passages) shows that fixed part.',
      },
    ],
  };
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * Real Redis and PostgreSQL servers for tests: each in a temporary folder on a free port on
 * 127.0.0.1, torn down after. A missing server binary fails the test loudly (CI must prove
 * the shared stores, so it never skips them); .ci/run installs both.
 */

export class MissingServerError extends Error {}

function findBinary(name: string, extraDirs: string[] = []): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs];
  for (const dir of dirs) {
    const path = join(dir, name);
    if (dir && existsSync(path)) return path;
  }
  throw new MissingServerError(
    `${name} is not installed (looked in PATH and ${extraDirs.join(', ') || 'nowhere else'}); install it (apt-get install -y ${name === 'redis-server' ? 'redis-server' : 'postgresql'}), as .ci/run does`,
  );
}

function postgresBinDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, 'bin'));
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess | undefined, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it listened on ${port}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`${what} did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface RedisServer {
  url: string;
  port: number;
  /** The running server's process id (for pinning it to a core in the bench). */
  pid(): number | undefined;
  /** SIGKILL: the server is gone at once, as when its node fails. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: it kept nothing). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const binary = findBinary('redis-server', ['/usr/bin', '/usr/sbin']);
  const dir = mkdtempSync(join(tmpdir(), 'cvm-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
      { stdio: 'ignore' },
    );
    await waitForPort(port, child, 'redis-server');
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => child?.pid,
    kill,
    restart: launch,
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  /** A new, empty database on this server; its URL. */
  createDatabase(name: string): string;
  /** Stops the server, cutting every client off, keeping its data for resume(). */
  pause(): void;
  /** Starts it again on the same port with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
function runAsPostgres(binary: string, args: string[]): string {
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startPostgres(): Promise<PostgresServer> {
  const extra = postgresBinDirs();
  const initdb = findBinary('initdb', extra);
  const pgCtl = findBinary('pg_ctl', extra);
  const psql = findBinary('psql', extra);
  const dir = mkdtempSync(join(tmpdir(), 'cvm-pg-'));
  const data = join(dir, 'data');
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  runAsPostgres(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync', '--no-instructions']);
  // fsync off and a socket in the temporary folder: a throwaway server that starts fast and touches nothing shared.
  const launch = async () => {
    runAsPostgres(pgCtl, [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
    await waitForPort(port, undefined, 'postgres');
  };
  // Fast: clients are cut off at once (as when the server goes away), committed work is kept.
  const halt = () => runAsPostgres(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
  let running = true;
  await launch();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: url('postgres'),
    port,
    createDatabase(name) {
      runAsPostgres(psql, [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `CREATE DATABASE "${name}"`,
      ]);
      return url(name);
    },
    pause() {
      halt();
      running = false;
    },
    async resume() {
      await launch();
      running = true;
    },
    async stop() {
      try {
        if (running) halt();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

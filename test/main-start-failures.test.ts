import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMain } from './support/main-process.js';
import { SlackApiStub } from './support/slack-api-stub.js';

/** A start that fails is a failed start: exit 1 with a message naming what failed, never a stack or exit 0. */

let scratch: string;
let stub: SlackApiStub;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'start-failures-'));
  stub = await new SlackApiStub().start();
});
afterAll(async () => {
  await stub.stop();
  rmSync(scratch, { recursive: true, force: true });
});

function env(extra: Record<string, string>): Record<string, string> {
  const home = mkdtempSync(join(scratch, 'run-'));
  return {
    HOME: home,
    DATA_DIR: join(home, 'data'),
    CACHE_DIR: join(home, 'cache'),
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: 'xoxb-1-2-startfailures',
    SLACK_SIGNING_SECRET: 'startfailuressecret0123',
    SLACK_API_URL: stub.apiUrl,
    PORT: '0',
    ...extra,
  };
}

async function failsWith(extra: Record<string, string>, message: RegExp): Promise<void> {
  const run = startMain(env(extra));
  const { code } = await run.exited;
  expect(code, run.stderr()).toBe(1);
  expect(run.stderr()).toMatch(message);
  expect(run.stderr()).not.toMatch(/\n\s+at /);
  expect(run.stderr()).not.toMatch(/still serving/);
}

describe('a failed start exits 1', () => {
  it('when the port is in use', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    try {
      const port = (taken.address() as { port: number }).port;
      await failsWith({ PORT: String(port) }, new RegExp(`HTTP mode could not listen on PORT=${port}: the port is in use`));
    } finally {
      taken.close();
    }
  });

  it.each(['invalid_auth', 'token_revoked'])(
    'when Slack refuses SLACK_BOT_TOKEN at start (auth.test: %s), naming the variable, never the token',
    async (error) => {
      stub.failNext('auth.test', { body: { ok: false, error } });
      const run = startMain(env({}));
      const { code } = await run.exited;
      expect(code, run.stderr()).toBe(1);
      expect(run.stderr()).toMatch(new RegExp(`Slack refused SLACK_BOT_TOKEN \\(${error}\\)`));
      expect(run.stderr()).not.toContain('xoxb-1-2-startfailures');
      expect(run.stderr()).not.toMatch(/\n\s+at /);
      expect(run.stderr()).not.toMatch(/HTTP mode: listening/);
    },
  );

  it('when DATA_DIR is under /proc (without hanging in mkdir)', async () => {
    await failsWith({ DATA_DIR: '/proc/no-such-process/data' }, /DATA_DIR=\/proc\/no-such-process\/data cannot be used/);
  });

  it('when CACHE_DIR cannot be a folder', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    await failsWith({ CACHE_DIR: join(file, 'cache') }, /CACHE_DIR=.*a-file\/cache cannot be used.*ENOTDIR/);
  });

  it('when the feedback database cannot be opened', async () => {
    const data = mkdtempSync(join(scratch, 'data-'));
    writeFileSync(join(data, 'bot.sqlite'), 'not a database '.repeat(100));
    await failsWith({ DATA_DIR: data }, /cannot keep feedback in .*bot\.sqlite.*not a database/);
  });

  it('when .env cannot be read', async () => {
    // A folder named .env in the working directory: present, but not a file.
    const cwd = mkdtempSync(join(scratch, 'cwd-'));
    mkdirSync(join(cwd, '.env'));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, resolve('src/index.ts')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, KNOWLEDGE_DIR: resolve('knowledge'), KNOWLEDGE_WATCH: 'false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/cannot read the configuration file \.env: .*EISDIR/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

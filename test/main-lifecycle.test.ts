import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionEvent } from './support/fixtures.js';
import { logLines, startMain, waitForLine, type MainProcess } from './support/main-process.js';
import { eventRequest, send } from './support/signed-request.js';
import { SlackApiStub } from './support/slack-api-stub.js';

/** The running bot as a real process: bad knowledge at startup, faults, secrets in logs, signals. */

const QUESTION = '<@UBOT0001> Can containers run on virtual machines?';
const ANSWER = 'Can Containers Run on Virtual Machines Seamlessly?';
const BOT_TOKEN = 'xoxb-2468013579-1357924680135-Zq8Xw7Vc6Bn5Mm4Ll3Kk2Jj1';
const APP_TOKEN = 'xapp-1-A0RELIABLE-2468013579-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'main-lifecycle-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function httpEnv(stub: SlackApiStub, knowledgeDir: string, extra: Record<string, string> = {}): Record<string, string> {
  const home = mkdtempSync(join(scratch, 'run-'));
  return {
    HOME: home,
    DATA_DIR: join(home, 'data'),
    CACHE_DIR: join(home, 'cache'),
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: stub.apiUrl,
    KNOWLEDGE_DIR: knowledgeDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

async function listening(run: MainProcess): Promise<string> {
  const [, port] = await waitForLine(run.stderr, /"port":(\d+)/);
  return `http://127.0.0.1:${port}`;
}

const ask = (origin: string, text = QUESTION) =>
  send(`${origin}/slack/events`, eventRequest(mentionEvent(text)), { secret: SIGNING_SECRET });

describe('a bot started on a knowledge folder with bad files, at debug level, with a fault injector preloaded', () => {
  let stub: SlackApiStub;
  let run: MainProcess;
  let origin: string;
  const badFiles = ['binary.md', 'empty.md', 'latin1.md', 'huge.md', 'gone.md', 'pipe.md', 'loop'];

  beforeAll(async () => {
    const dir = join(scratch, 'knowledge-with-bad-files');
    mkdirSync(dir);
    copyFileSync('knowledge/containers-vs-vms.md', join(dir, 'containers-vs-vms.md'));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n\nLes conteneurs partagent le noyau.\n', 'latin1'));
    writeFileSync(join(dir, 'huge.md'), `# Huge\n\n${'containers share the host kernel. '.repeat(4_000)}\n`);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'gone.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync(dir, join(dir, 'loop'));
    stub = await new SlackApiStub().start();
    run = startMain(httpEnv(stub, dir, { LOG_LEVEL: 'debug', SLACK_APP_TOKEN: APP_TOKEN, KNOWLEDGE_MAX_FILE_BYTES: '100000' }), {
      preload: ['./test/support/fault-on-signal.mjs'],
    });
    origin = await listening(run);
  });
  afterAll(async () => {
    run.child.kill('SIGKILL');
    await run.exited;
    await stub.stop();
  });

  it('starts, logs a warning naming each bad file, and answers from the good one', async () => {
    const skipped = logLines(run.stderr()).filter((l) => l.level === 'warn' && /^knowledge file skipped/.test(l.msg));
    const sources = skipped.map((l) => l.source);
    for (const file of badFiles) expect(sources, file).toContain(file);
    const reasons = Object.fromEntries(skipped.map((l) => [l.source, l.msg]));
    expect(reasons['binary.md']).toMatch(/binary/);
    expect(reasons['empty.md']).toMatch(/empty/);
    expect(reasons['latin1.md']).toMatch(/UTF-8/);
    expect(reasons['huge.md']).toMatch(/KNOWLEDGE_MAX_FILE_BYTES/);
    expect(reasons['gone.md']).toMatch(/ENOENT/);
    expect(reasons['pipe.md']).toMatch(/not a regular file/);
    expect(reasons.loop).toMatch(/symlink loop/);
    expect(logLines(run.stderr()).find((l) => l.msg === 'knowledge loaded')).toMatchObject({ files: 1 });

    expect((await ask(origin)).status).toBe(200);
    const post = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
    expect(JSON.stringify(post.args.blocks)).toContain(ANSWER);
  });

  it('logs an unhandled rejection at error and keeps serving', async () => {
    stub.reset();
    run.child.kill('SIGUSR2');
    await waitForLine(run.stderr, /Unhandled promise rejection; still serving/);
    const errors = logLines(run.stderr()).filter((l) => l.level === 'error');
    expect(errors.find((l) => l.msg === 'Unhandled promise rejection; still serving')?.err.message).toBe(
      'injected rejection for the process-guard test',
    );

    const malformed = await send(
      `${origin}/slack/events`,
      { body: '{"type":"event_callback","event":', contentType: 'application/json' },
      { secret: SIGNING_SECRET },
    );
    expect(malformed.status).toBe(400);
    const forged = await send(`${origin}/slack/events`, eventRequest(mentionEvent(QUESTION)), { secret: 'forged0000000000' });
    expect(forged.status).toBe(401);
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await ask(origin)).status).toBe(200);
    await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
    expect(run.child.exitCode).toBeNull();
  });

  it('never writes a token or the signing secret to its log, even at debug level', () => {
    const log = run.stderr();
    // Debug logging was really on: the web client logged its requests.
    expect(log).toContain('http request body');
    for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, BOT_TOKEN.slice(5), APP_TOKEN.slice(5)]) expect(log).not.toContain(secret);
  });

  it('SIGINT with nothing in flight exits 0', async () => {
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.stderr()).toContain('shut down cleanly');
  });
});

describe('graceful shutdown (HTTP mode)', () => {
  it('on SIGTERM finishes the reply in flight, refuses new work, and exits 0', async () => {
    const stub = await new SlackApiStub().start();
    const run = startMain(httpEnv(stub, 'knowledge'));
    try {
      const origin = await listening(run);
      stub.delayNext('chat.postMessage', 3_000);
      expect((await ask(origin)).status).toBe(200);
      const reply = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
      run.child.kill('SIGTERM');
      await waitForLine(run.stderr, /shutting down: taking no new work/);
      expect(logLines(run.stderr()).find((l) => /^shutting down/.test(l.msg))).toMatchObject({ inFlight: 1 });
      // New work is refused: the port is closed, or a kept-alive connection gets 503.
      const late = await ask(origin, '<@UBOT0001> is a VM safer?').then(
        (r) => r.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(late);
      const health = await fetch(`${origin}/healthz`).then(
        (r) => r.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(health);

      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(reply.answered).toBe(true);
      expect(JSON.stringify(reply.args.blocks)).toContain(ANSWER);
      expect(stub.callsTo('chat.postMessage')).toHaveLength(1);
      expect(run.stderr()).toContain('shut down cleanly');
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
      await stub.stop();
    }
  });
});

describe('an uncaught exception', () => {
  it('is logged, the reply in flight is finished, and the process exits 1 for its supervisor to restart it', async () => {
    const stub = await new SlackApiStub().start();
    const run = startMain(httpEnv(stub, 'knowledge'), { preload: ['./test/support/fault-on-signal.mjs'] });
    try {
      const origin = await listening(run);
      stub.delayNext('chat.postMessage', 1_500);
      expect((await ask(origin)).status).toBe(200);
      const reply = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
      run.child.kill('SIGHUP');
      expect(await run.exited).toEqual({ code: 1, signal: null });
      const lines = logLines(run.stderr());
      expect(lines.find((l) => l.msg === 'Uncaught exception; shutting down')?.err.message).toBe(
        'injected exception for the process-guard test',
      );
      expect(lines.find((l) => /^shutting down/.test(l.msg))).toMatchObject({ inFlight: 1 });
      expect(reply.answered).toBe(true);
      expect(run.stderr()).toContain('shut down cleanly');
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
      await stub.stop();
    }
  });
});

describe('knowledge folder problems that stop the start', () => {
  it('a missing knowledge folder exits 1 naming the folder and KNOWLEDGE_DIR, without a stack trace', async () => {
    const stub = await new SlackApiStub().start();
    try {
      const run = startMain(httpEnv(stub, join(scratch, 'no-such-folder')));
      expect(await run.exited).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toContain('no-such-folder');
      expect(run.stderr()).toContain('KNOWLEDGE_DIR');
      expect(run.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      await stub.stop();
    }
  });
});

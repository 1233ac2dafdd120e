import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { mentionEvent } from './support/fixtures.js';
import { eventRequest, send, SIGNING_SECRET } from './support/signed-request.js';
import { SlackApiStub } from './support/slack-api-stub.js';

/**
 * The bot as a real child process: src/index.ts through tsx's loader (not the tsx CLI, whose own
 * child would outlive a SIGKILL of the CLI), configured only by its environment.
 */

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'main-test-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function startMain(env: Record<string, string>): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      DATA_DIR: join(scratch, 'data'),
      CACHE_DIR: join(scratch, 'cache'),
      KNOWLEDGE_WATCH: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

async function waitForLine(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no line matching ${pattern} within ${timeoutMs} ms; stderr:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start (src/index.ts)', () => {
  it('exits 1 naming the bad variable and its expected form, without a stack trace', async () => {
    const run = startMain({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'nope', SLACK_SIGNING_SECRET: 'abcdefgh1234' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('SLACK_BOT_TOKEN must start with xoxb-');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with a clear message when the knowledge folder has no usable passage', async () => {
    const empty = mkdtempSync(join(scratch, 'empty-'));
    const run = startMain({ SLACK_MODE: 'local', KNOWLEDGE_DIR: empty });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('no usable passages');
    expect(run.stderr()).toContain('KNOWLEDGE_DIR');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('starts in HTTP mode: /healthz answers 200 and a signed mention is answered through SLACK_API_URL', async () => {
    const stub = await new SlackApiStub().start();
    const run = startMain({
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: stub.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    try {
      const [, port] = await waitForLine(run.stderr, /"port":(\d+)/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const response = await send(
        `http://127.0.0.1:${port}/slack/events`,
        eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?')),
      );
      expect(response.status).toBe(200);
      const post = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
      expect(post.token).toBe('xoxb-main-test');
      expect(JSON.stringify(post.args.blocks)).toContain('Can Containers Run on Virtual Machines Seamlessly?');
      expect(run.stderr()).not.toContain('xoxb-main-test');
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
      await stub.stop();
    }
  });

  it('logs a failing startup auth.test through pino only: every stderr line is JSON', async () => {
    // A port that refuses connections: the stub is started to learn a free port, then stopped.
    const closed = await new SlackApiStub().start();
    const apiUrl = closed.apiUrl;
    await closed.stop();
    const run = startMain({
      SLACK_BOT_TOKEN: 'xoxb-main-refused',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    try {
      await waitForLine(run.stderr, /HTTP mode: listening/);
      expect(run.stderr()).toContain('auth.test failed at startup');
      const lines = run
        .stderr()
        .split('\n')
        .filter((line) => line.trim() !== '');
      for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
    }
  });

  it('starts in Socket Mode given an app token, and answers a mention that arrives over the socket', async () => {
    const sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => sockets.on('listening', () => resolve()));
    const acked: string[] = [];
    sockets.on('connection', (ws) => {
      ws.on('message', (data) => acked.push((JSON.parse(String(data)) as { envelope_id: string }).envelope_id));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
      ws.send(
        JSON.stringify({
          envelope_id: 'main-env-1',
          type: 'events_api',
          accepts_response_payload: false,
          retry_attempt: 0,
          payload: mentionEvent('<@UBOT0001> Can containers run on virtual machines?'),
        }),
      );
    });
    const stub = await new SlackApiStub({ socketUrl: `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link` }).start();
    const run = startMain({
      SLACK_BOT_TOKEN: 'xoxb-main-socket',
      SLACK_APP_TOKEN: 'xapp-1-main-socket',
      SLACK_API_URL: stub.apiUrl,
      LOG_LEVEL: 'info',
    });
    try {
      await waitForLine(run.stderr, /Socket Mode: connected/);
      const post = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
      expect(post.token).toBe('xoxb-main-socket');
      // The ack travels over the socket, the reply over HTTP: either may arrive first.
      await waitForLine(() => acked.join('\n'), /main-env-1/, 10_000);
      expect(stub.callsTo('apps.connections.open')[0]!.token).toBe('xapp-1-main-socket');
      // SIGTERM closes the socket and exits 0.
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.stderr()).toContain('shut down cleanly');
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await stub.stop();
    }
  });
});

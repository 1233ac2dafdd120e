import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionEvent } from './support/fixtures.js';
import { buttonsIn, click } from './support/interactions.js';
import { logLines, startMain, waitForLine, type MainProcess } from './support/main-process.js';
import { freePort, startPostgres, startRedis, type PostgresServer, type RedisServer } from './support/services.js';
import { eventRequest, send, SIGNING_SECRET, type SendOptions, type SlackRequest } from './support/signed-request.js';
import { SlackApiStub } from './support/slack-api-stub.js';

/**
 * Two real bot processes in HTTP mode, as a team runs them behind a load balancer: one real
 * redis-server for dedupe and rate limits, one real PostgreSQL for feedback and gaps, one
 * Slack Web API stub both post to. Requests are signed and go to real ports.
 */

interface Replica {
  name: string;
  run: MainProcess;
  origin: string;
  send(request: SlackRequest, options?: SendOptions): Promise<Response>;
  logs(): Record<string, any>[];
}

let redis: RedisServer;
let postgres: PostgresServer;
let databaseUrl: string;
let stub: SlackApiStub;
let scratch: string;
let a: Replica;
let b: Replica;
const started: MainProcess[] = [];

function baseEnv(name: string): Record<string, string> {
  return {
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: 'xoxb-replica-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: stub.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'debug',
    RATE_LIMIT_PER_MINUTE: '3',
    DATA_DIR: join(scratch, name, 'data'),
    CACHE_DIR: join(scratch, name, 'cache'),
  };
}

async function startReplica(name: string, env: Record<string, string> = {}): Promise<Replica> {
  const run = startMain({ ...baseEnv(name), REDIS_URL: redis.url, DATABASE_URL: databaseUrl, ...env });
  started.push(run);
  const [, port] = await waitForLine(run.stderr, /"port":(\d+)/, 40_000);
  const origin = `http://127.0.0.1:${port}`;
  return {
    name,
    run,
    origin,
    async send(request, options) {
      const response = await send(`${origin}/slack/events`, request, options);
      await response.arrayBuffer();
      return response;
    },
    logs: () => logLines(run.stderr()),
  };
}

async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const retry = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } };
const answersIn = (channel: string) => stub.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const droppedBy = (replica: Replica, key: string) =>
  replica.logs().some((l) => String(l.msg).startsWith(`Dropped a repeated delivery (${key},`));
const readiness = async (replica: Replica) => {
  const response = await fetch(`${replica.origin}/readyz`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; services: Record<string, boolean> } };
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'replicas-'));
  // Each server that did start is kept for afterAll to stop, even when another failed to.
  const [r, p, s] = await Promise.allSettled([startRedis(), startPostgres(), new SlackApiStub().start()]);
  if (r.status === 'fulfilled') redis = r.value;
  if (p.status === 'fulfilled') postgres = p.value;
  if (s.status === 'fulfilled') stub = s.value;
  for (const result of [r, p, s]) if (result.status === 'rejected') throw result.reason;
  databaseUrl = postgres.createDatabase('replicas');
  [a, b] = await Promise.all([startReplica('a'), startReplica('b')]);
  await until(async () => (await readiness(a)).status === 200 && (await readiness(b)).status === 200, 'both replicas to be ready');
});

afterAll(async () => {
  for (const run of started) {
    run.child.kill('SIGKILL');
    await run.exited;
  }
  await Promise.all([redis?.stop(), postgres?.stop(), stub?.stop()]);
  rmSync(scratch, { recursive: true, force: true });
});

describe('two replicas sharing Redis', () => {
  it('answer an event once when Slack retries it through the other replica', async () => {
    const body = mentionEvent('<@UBOT0001> Can containers run on virtual machines?', { channel: 'C0RETRY', user: 'U0RETRY' });
    await a.send(eventRequest(body));
    await until(() => answersIn('C0RETRY').length === 1, 'the answer from replica a');
    await b.send(eventRequest(body), retry);
    await until(() => droppedBy(b, `event:${body.event_id}`), 'replica b to drop the retry');
    expect(answersIn('C0RETRY')).toHaveLength(1);
  });

  it('answer once when both replicas get the same delivery at the same moment', async () => {
    const body = mentionEvent('<@UBOT0001> Can containers run on virtual machines?', { channel: 'C0RACE', user: 'U0RACE' });
    await Promise.all([a.send(eventRequest(body)), b.send(eventRequest(body), retry)]);
    await until(() => droppedBy(a, `event:${body.event_id}`) || droppedBy(b, `event:${body.event_id}`), 'one replica to drop it');
    await until(() => answersIn('C0RACE').length >= 1, 'the answer');
    expect(answersIn('C0RACE')).toHaveLength(1);
  });

  it('answer a message once when it comes again under a new event id to the other replica', async () => {
    const body = mentionEvent('<@UBOT0001> Can containers run on virtual machines?', { channel: 'C0REDELIVER', user: 'U0REDELIVER' });
    await a.send(eventRequest(body));
    await until(() => answersIn('C0REDELIVER').length === 1, 'the answer from replica a');
    await b.send(eventRequest({ ...body, event_id: `${body.event_id}X` }));
    await until(() => droppedBy(b, `message:C0REDELIVER:${body.event.ts}`), 'replica b to drop the redelivery');
    expect(answersIn('C0REDELIVER')).toHaveLength(1);
  });

  it('hold one person to one limit across both: 3 a minute answered of 6 asked, one notice', async () => {
    for (let i = 0; i < 6; i += 1) {
      await (i % 2 ? b : a).send(
        eventRequest(mentionEvent(`<@UBOT0001> Can containers run on virtual machines? (${i})`, { channel: 'C0LIMIT', user: 'U0LIMITED' })),
      );
    }
    const limited = () => [...a.logs(), ...b.logs()].filter((l) => String(l.msg).startsWith('Rate limited a mention from U0LIMITED'));
    await until(() => limited().length === 3 && answersIn('C0LIMIT').length === 3, 'three answers and three refusals');
    expect(limited().filter((l) => String(l.msg).includes('notice sent'))).toHaveLength(1);
    expect(stub.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0LIMIT' && c.args.user === 'U0LIMITED')).toHaveLength(1);
  });
});

describe('two replicas sharing PostgreSQL', () => {
  it('put gaps and votes from both into one `npm run report -- --json`', async () => {
    const gap = '<@UBOT0001> what is the best pizza topping in Naples?';
    await a.send(eventRequest(mentionEvent(gap, { channel: 'C0GAPS', user: 'U0GAPA' })));
    await b.send(eventRequest(mentionEvent(gap, { channel: 'C0GAPS', user: 'U0GAPB' })));
    await a.send(
      eventRequest(mentionEvent('<@UBOT0001> How do performance metrics vary under high load?', { channel: 'C0VOTES', user: 'U0VOTER' })),
    );
    const answer = await until(() => answersIn('C0VOTES')[0], 'the answer to vote on');
    const notHelpful = buttonsIn(answer.args.blocks).find((button) => button.action_id === 'feedback_not_helpful')!;
    // The click is routed to the other replica.
    await b.send(
      click(stub, notHelpful, {
        user: 'U0VOTER',
        channel: 'C0VOTES',
        ephemeral: false,
        message: { text: String(answer.args.text), blocks: answer.args.blocks },
      }),
    );

    const db = new pg.Client(databaseUrl);
    await db.connect();
    try {
      await until(async () => {
        const { rows } = await db.query<{ gaps: number; votes: number }>(
          "SELECT (SELECT count(*)::int FROM gaps WHERE question LIKE '%pizza%') AS gaps, (SELECT count(*)::int FROM feedback) AS votes",
        );
        return rows[0]!.gaps === 2 && rows[0]!.votes === 1;
      }, 'both gaps and the vote to be stored');
    } finally {
      await db.end();
    }
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--json'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, DATA_DIR: join(scratch, 'report-data') },
    });
    const report = JSON.parse(stdout) as {
      unanswered: { question: string; count: number; people: number }[];
      notHelpful: { heading: string; notHelpful: number }[];
    };
    expect(report.unanswered).toContainEqual(
      expect.objectContaining({ question: 'what is the best pizza topping in Naples?', count: 2, people: 2 }),
    );
    expect(report.notHelpful).toEqual([
      expect.objectContaining({ notHelpful: 1, heading: expect.stringContaining('How Do Performance Metrics Vary Under High Load?') }),
    ]);
  });
});

describe('when Redis dies mid-run', () => {
  it('both keep answering, /readyz says 503 (liveness stays 200), and sharing resumes once Redis is back', async () => {
    await redis.kill();
    for (const replica of [a, b]) {
      const state = await until(async () => {
        const r = await readiness(replica);
        return r.status === 503 && r;
      }, `${replica.name}'s /readyz to turn 503`);
      expect(state.body).toEqual({ ok: false, services: { REDIS_URL: false, DATABASE_URL: true } });
      expect((await fetch(`${replica.origin}/healthz`)).status).toBe(200);
    }
    // Questions are still answered, from each replica's own memory.
    await a.send(
      eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?', { channel: 'C0OUTAGE', user: 'U0OUTAGEA' })),
    );
    await b.send(
      eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?', { channel: 'C0OUTAGE', user: 'U0OUTAGEB' })),
    );
    await until(() => answersIn('C0OUTAGE').length === 2, 'both answers during the outage');

    await redis.restart();
    for (const replica of [a, b])
      await until(async () => (await readiness(replica)).status === 200, `${replica.name}'s /readyz to turn 200 again`);
    for (const replica of [a, b]) {
      const messages = replica.logs().map((l) => String(l.msg));
      expect(messages.filter((m) => m.startsWith('REDIS_URL is unreachable'))).toHaveLength(1);
      expect(messages.some((m) => m.startsWith('REDIS_URL is reachable again'))).toBe(true);
    }
    const body = mentionEvent('<@UBOT0001> Can containers run on virtual machines?', { channel: 'C0AFTER', user: 'U0AFTER' });
    await a.send(eventRequest(body));
    await until(() => answersIn('C0AFTER').length === 1, 'the answer after the outage');
    await b.send(eventRequest(body), retry);
    await until(() => droppedBy(b, `event:${body.event_id}`), 'replica b to drop the retry through Redis again');
    expect(answersIn('C0AFTER')).toHaveLength(1);
  });
});

describe('start-up with shared services', () => {
  it('exits 1 naming the variable when REDIS_URL or DATABASE_URL is not a URL, without echoing it', async () => {
    const run = startMain({ ...baseEnv('bad'), REDIS_URL: 'localhost:6379-hunter2', DATABASE_URL: 'mysql://db/x' });
    started.push(run);
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toContain('REDIS_URL must be a URL such as redis://host:6379');
    expect(run.stderr()).toContain('DATABASE_URL must be a URL such as postgres://');
    expect(run.stderr()).not.toContain('hunter2');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('starts and answers with PostgreSQL unreachable, /readyz 503 naming it, and one warning', async () => {
    const replica = await startReplica('nodb', { DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/none` });
    const body = mentionEvent('<@UBOT0001> what is the best pizza topping in Naples?', { channel: 'C0NODB', user: 'U0NODB' });
    await replica.send(eventRequest(body));
    await until(() => answersIn('C0NODB').length === 1, 'the answer without a database');
    const state = await readiness(replica);
    expect(state).toEqual({ status: 503, body: { ok: false, services: { REDIS_URL: true, DATABASE_URL: false } } });
    const warnings = replica.logs().filter((l) => l.level === 'warn' && String(l.msg).startsWith('DATABASE_URL is unreachable'));
    expect(warnings).toHaveLength(1);
  });
});

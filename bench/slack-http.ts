import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request, type Result } from 'autocannon';
import { DEFAULT_KNOWLEDGE, type KnowledgeSet } from './knowledge-sets.js';
import { check, ms, type BenchOptions, type ScenarioResult } from './measure.js';
import { allQuestions, loadDevQuestions, questionWorkload } from './questions.js';
import { canPin, freePort, pinSelf, SIGNING_SECRET, startBareBolt, startBot, stopProcess, waitForHttp } from './slack-app-process.js';
import { pacedLoad, type PacedRequest } from './paced-load.js';
import { BOT_USER_ID, startSlackStub } from './slack-stub.js';

/**
 * Slack traffic in HTTP mode: signed app_mention events and /containers-or-vms commands
 * sent by autocannon to the real bot (answering from the default knowledge, replying to a
 * local Web API stub) and to a bare Bolt app that only acks, in the same run, on loopback.
 * Three loads: as fast as 10 connections go (throughput), 200 requests/s the way autocannon
 * paces them (per-second bursts), and a steady 200 requests/s (ack latency).
 */

type Kind = 'app_mention' | 'slash_command';
type LoadKind = 'max' | '200/s bursts' | '200/s paced';
const LOADS: LoadKind[] = ['max', '200/s bursts', '200/s paced'];
const RATE = 200;

interface LoadFigures {
  app: 'ours' | 'bare';
  kind: Kind;
  load: LoadKind;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  requests: number;
  non2xx: number;
  errors: number;
}

const COMMAND_TEXTS = [
  '',
  'help',
  'we run untrusted code from customers',
  'workload=stateless team=small',
  'legacy windows app with a licence per VM',
];

function signed(body: string, contentType: string): { headers: Record<string, string>; body: string } {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature }, body };
}

// Every request is a new event from one of many users, so neither dedupe nor the per-user rate limit short-cuts it.
function deliveryFor(kind: Kind, n: number, questions: string[], responseUrl: string): { headers: Record<string, string>; body: string } {
  const user = `UBENCH${n % 5000}`;
  if (kind === 'app_mention') {
    const ts = `${1_700_000_000 + n}.000${n % 1000}`;
    const body = JSON.stringify({
      token: 'bench',
      team_id: 'T0001',
      api_app_id: 'A0001',
      type: 'event_callback',
      event_id: `EvBENCH${process.pid}x${n}`,
      event_time: 1_700_000_000 + n,
      authorizations: [{ enterprise_id: null, team_id: 'T0001', user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
      event: {
        type: 'app_mention',
        user,
        text: `<@${BOT_USER_ID}> ${questions[n % questions.length]}`,
        ts,
        channel: 'C0CHANNEL1',
        event_ts: ts,
      },
    });
    return signed(body, 'application/json');
  }
  const body = new URLSearchParams({
    token: 'bench',
    team_id: 'T0001',
    team_domain: 'bench',
    channel_id: 'C0CHANNEL1',
    channel_name: 'platform',
    user_id: user,
    user_name: 'bench',
    command: '/containers-or-vms',
    text: COMMAND_TEXTS[n % COMMAND_TEXTS.length]!,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: `${responseUrl}${n}`,
    trigger_id: `${n}.1.bench`,
  }).toString();
  return signed(body, 'application/x-www-form-urlencoded');
}

// Event ids stay unique across every load of the run (the bot drops repeated deliveries).
let delivered = 0;

function requestFor(kind: Kind, questions: string[], responseUrl: string): Request {
  return {
    method: 'POST',
    path: '/slack/events',
    setupRequest: (request) => ({ ...request, ...deliveryFor(kind, ++delivered, questions, responseUrl) }),
  };
}

export function pacedRequestFor(kind: Kind, questions: string[], responseUrl: string): () => PacedRequest {
  return () => ({ path: '/slack/events', ...deliveryFor(kind, ++delivered, questions, responseUrl) });
}

async function load(url: string, request: Request, seconds: number, overallRate?: number): Promise<Result> {
  return autocannon({ url, connections: 10, duration: seconds, timeout: 10, requests: [request], ...(overallRate ? { overallRate } : {}) });
}

// The bot keeps answering after it acks; the next measurement starts once that work has drained.
export async function settle(calls: () => Promise<number>): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = -1;
  let now = await calls();
  while (Date.now() < deadline && now !== last) {
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 300));
    now = await calls();
  }
}

// On two or more cores the app under test gets a core to itself and the load generator
// (this process) shares the other with the Web API stub, so neither app competes with
// autocannon for CPU and both are measured the same way. Without taskset nothing is pinned.
const APP_CPU = '1';
const LOAD_CPU = '0';

export async function runSlackHttp(_sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  const seconds = options.quick ? 3 : 10;
  const questions = questionWorkload(allQuestions(await loadDevQuestions()), 200, 5);
  const pinned = canPin();
  const previousAffinity = pinned ? pinSelf(LOAD_CPU) : null;
  const stub = await startSlackStub(pinned ? LOAD_CPU : undefined);
  const temp = await mkdtemp(join(tmpdir(), 'bench-slack-'));
  const [oursPort, barePort] = [await freePort(), await freePort()];
  const appCpu = pinned ? APP_CPU : undefined;
  const ours = startBot(
    {
      PORT: String(oursPort),
      SLACK_API_URL: stub.apiUrl,
      KNOWLEDGE_DIR: DEFAULT_KNOWLEDGE,
      CACHE_DIR: join(temp, 'cache'),
      DATA_DIR: join(temp, 'data'),
    },
    appCpu,
  );
  const bare = startBareBolt(barePort, stub.apiUrl, appCpu);
  const figures: LoadFigures[] = [];
  try {
    await waitForHttp(`http://127.0.0.1:${oursPort}/healthz`, (s) => s === 200, ours);
    await waitForHttp(`http://127.0.0.1:${barePort}/`, (s) => s > 0, bare);
    const urls = { ours: `http://127.0.0.1:${oursPort}`, bare: `http://127.0.0.1:${barePort}` };
    for (const app of ['bare', 'ours'] as const) {
      for (const kind of ['app_mention', 'slash_command'] as const) await load(urls[app], requestFor(kind, questions, stub.responseUrl), 2);
    }
    await settle(stub.calls);
    for (const loadKind of LOADS) {
      for (const kind of ['app_mention', 'slash_command'] as const) {
        for (const app of ['bare', 'ours'] as const) {
          if (loadKind === '200/s paced') {
            const paced = await pacedLoad(urls[app], pacedRequestFor(kind, questions, stub.responseUrl), RATE, seconds);
            figures.push({
              app,
              kind,
              load: loadKind,
              requestsPerSecond: paced.requestsPerSecond,
              latencyP50: paced.p50,
              latencyP99: paced.p99,
              latencyMax: paced.max,
              requests: paced.count,
              non2xx: paced.non2xx,
              errors: paced.errors,
            });
          } else {
            const result = await load(
              urls[app],
              requestFor(kind, questions, stub.responseUrl),
              seconds,
              loadKind === 'max' ? undefined : RATE,
            );
            figures.push({
              app,
              kind,
              load: loadKind,
              requestsPerSecond: result.requests.total / result.duration,
              latencyP50: result.latency.p50,
              latencyP99: result.latency.p99,
              latencyMax: result.latency.max,
              requests: result.requests.total,
              non2xx: result.non2xx,
              errors: result.errors,
            });
          }
          await settle(stub.calls);
        }
      }
    }
  } finally {
    await Promise.all([stopProcess(ours), stopProcess(bare)]);
    await stub.stop();
    await rm(temp, { recursive: true, force: true });
    if (previousAffinity) pinSelf(previousAffinity);
  }
  const get = (app: 'ours' | 'bare', kind: Kind, l: LoadKind) => figures.find((f) => f.app === app && f.kind === kind && f.load === l)!;
  const kinds: Kind[] = ['app_mention', 'slash_command'];
  const throughputRatios = kinds.map((k) => get('ours', k, 'max').requestsPerSecond / get('bare', k, 'max').requestsPerSecond);
  const oursP99 = (l: LoadKind) => Math.max(...kinds.map((k) => get('ours', k, l).latencyP99));
  const rows = LOADS.flatMap((l) =>
    kinds.map((k) => {
      const o = get('ours', k, l);
      const b = get('bare', k, l);
      return [
        k,
        l,
        o.requestsPerSecond.toFixed(0),
        b.requestsPerSecond.toFixed(0),
        (o.requestsPerSecond / b.requestsPerSecond).toFixed(2) + '×',
        ms(o.latencyP50),
        ms(b.latencyP50),
        ms(o.latencyP99),
        ms(b.latencyP99),
        ms(o.latencyMax),
        ms(b.latencyMax),
        `${o.non2xx + o.errors} / ${b.non2xx + b.errors}`,
      ];
    }),
  );
  return {
    figures: {
      slackHttp: { seconds, connections: 10, cores: pinned ? { app: APP_CPU, loadGeneratorAndStub: LOAD_CPU } : 'not pinned', figures },
    },
    targets: [
      check(
        'HTTP: ack p99 at a steady 200 requests/s (worse of mention, command)',
        '≤ 20 ms',
        oursP99('200/s paced'),
        'ms',
        (v) => v <= 20,
      ),
      check(
        'HTTP: ack p99, 200 requests/s sent in per-second bursts (autocannon)',
        'informational',
        oursP99('200/s bursts'),
        'ms',
        () => true,
      ),
      check('HTTP: throughput vs bare Bolt (worse of mention, command)', '≥ 0.8×', Math.min(...throughputRatios), '×', (v) => v >= 0.8),
    ],
    tables: [
      {
        title: `Slack HTTP mode: ours vs a bare Bolt app that only acks (${seconds} s per row; ack latency in ms)`,
        columns: [
          'request',
          'load',
          'ours req/s',
          'bare req/s',
          'ours / bare',
          'ours p50',
          'bare p50',
          'ours p99',
          'bare p99',
          'ours max',
          'bare max',
          'failed (ours / bare)',
        ],
        rows,
        note:
          'Ours answers every mention from the default knowledge and replies through a local Web API stub after the ack; commands reply through response_url. ' +
          (pinned
            ? `Cores: the app under test alone on CPU ${APP_CPU}; autocannon and the Web API stub (separate processes) on CPU ${LOAD_CPU}. `
            : 'Processes not pinned to cores (no taskset). ') +
          '"max": autocannon, 10 connections, as fast as they go. "200/s bursts": autocannon\'s rate option, which sends each connection\'s quota for the second back to back and then waits, ' +
          'so requests queue behind each other. "200/s paced": one request every 5 ms whatever the answers (bench/paced-load.ts), latency counted from when each was due. autocannon reports whole milliseconds.',
      },
    ],
  };
}

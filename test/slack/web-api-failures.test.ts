import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_API_LIMITS } from '../../src/slack/web-client-options.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { fixture, mentionEvent } from '../support/fixtures.js';
import { slashCommand } from '../support/interactions.js';
import { eventRequest } from '../support/signed-request.js';

/**
 * Slack's Web API failing in each way it can, through the real app and the stub: the failure
 * is logged, the person gets an apology when one can be sent, nothing hangs, and the next
 * question is answered.
 */

const QUESTION = '<@UBOT0001> Can containers run on virtual machines?';
const ANSWER = 'Can Containers Run on Virtual Machines Seamlessly?';

let bot: BotHarness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  bot = await startBot({ knownIds: true });
});
afterAll(async () => {
  await bot.stop();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

async function answersTheNextQuestion(harness: BotHarness = bot): Promise<void> {
  harness.stub.reset();
  const response = await harness.send(eventRequest(mentionEvent(QUESTION)));
  expect(response.status).toBe(200);
  const posts = harness.stub.callsTo('chat.postMessage');
  expect(posts).toHaveLength(1);
  expect(JSON.stringify(posts[0]!.args.blocks)).toContain(ANSWER);
}

const errorsFrom = (harness: BotHarness, handler: string) => harness.logs.filter((l) => l.level === 'error' && l.handler === handler);

describe('Slack Web API failures', () => {
  it('ok:false: logs the Slack error with the event ids, apologises in the thread, answers the next question', async () => {
    bot.stub.reset();
    bot.logs.length = 0;
    bot.stub.failNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const body = mentionEvent(QUESTION);
    const response = await bot.send(eventRequest(body));
    expect(response.status).toBe(200);
    const posts = bot.stub.callsTo('chat.postMessage');
    // A platform error is final: not retried, then one apology.
    expect(posts).toHaveLength(2);
    expect(posts[1]!.args).toMatchObject({ channel: 'C0CHANNEL1', thread_ts: body.event.ts, text: expect.stringMatching(/^Sorry/) });
    const [line] = errorsFrom(bot, 'app_mention');
    expect(line).toMatchObject({ eventId: body.event_id, channel: 'C0CHANNEL1' });
    expect(JSON.stringify(line!.err)).toContain('not_in_channel');
    await answersTheNextQuestion();
  });

  it('HTTP 429: waits the Retry-After, then the same call succeeds; no error, no apology', async () => {
    bot.stub.reset();
    bot.logs.length = 0;
    bot.stub.failNext('chat.postMessage', { status: 429, retryAfter: 1, body: { ok: false, error: 'ratelimited' } });
    await bot.send(eventRequest(mentionEvent(QUESTION)));
    const [limited, retried] = bot.stub.callsTo('chat.postMessage');
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(2);
    expect(retried!.raw).toBe(limited!.raw);
    expect(retried!.answered).toBe(true);
    expect(JSON.stringify(retried!.args.blocks)).toContain(ANSWER);
    // Retry-After: 1 honoured (less a few ms for timer and clock rounding).
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(990);
    expect(errorsFrom(bot, 'app_mention')).toEqual([]);
  });

  it('HTTP 429 on every attempt: gives up after the bounded number of attempts and apologises', async () => {
    bot.stub.reset();
    bot.logs.length = 0;
    const attempts = WEB_API_LIMITS.retries + 1;
    bot.stub.failNext('chat.postMessage', { status: 429, retryAfter: 0, body: { ok: false, error: 'ratelimited' } }, attempts);
    await bot.send(eventRequest(mentionEvent(QUESTION)));
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(attempts + 1);
    expect(posts[attempts]!.args.text).toMatch(/^Sorry/);
    expect(errorsFrom(bot, 'app_mention')).toHaveLength(1);
    await answersTheNextQuestion();
  });

  it('HTTP 500: retried a bounded number of times, then logged and apologised for; a 500 that clears is retried to success', async () => {
    bot.stub.reset();
    bot.logs.length = 0;
    const attempts = WEB_API_LIMITS.retries + 1;
    bot.stub.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'fatal_error' } }, attempts);
    const body = mentionEvent(QUESTION);
    await bot.send(eventRequest(body));
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(attempts + 1);
    expect(posts[attempts]!.args.text).toMatch(/^Sorry/);
    const [line] = errorsFrom(bot, 'app_mention');
    expect(line).toMatchObject({ eventId: body.event_id });
    expect(JSON.stringify(line!.err)).toContain('500');

    bot.stub.reset();
    bot.stub.failNext('chat.postMessage', { status: 500 });
    await bot.send(eventRequest(mentionEvent(QUESTION)));
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(2);
    expect(JSON.stringify(bot.stub.callsTo('chat.postMessage')[1]!.args.blocks)).toContain(ANSWER);
  });

  it('a connection dropped mid-call is retried to success', async () => {
    bot.stub.reset();
    bot.stub.failNext('chat.postMessage', { hangUp: true });
    await bot.send(eventRequest(mentionEvent(QUESTION)));
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.answered).toBeUndefined();
    expect(posts[1]!.answered).toBe(true);
    expect(JSON.stringify(posts[1]!.args.blocks)).toContain(ANSWER);
  });

  it('a failing views.publish is logged, and the bot keeps answering', async () => {
    bot.stub.reset();
    bot.logs.length = 0;
    bot.stub.failNext('views.publish', { body: { ok: false, error: 'invalid_blocks' } });
    await bot.send(eventRequest({ ...fixture<Record<string, unknown>>('app_home_opened'), event_id: 'Ev0HOMEFAIL' }));
    expect(bot.logs.some((l) => l.level === 'error' && l.handler === 'app_home_opened')).toBe(true);
    await answersTheNextQuestion();
  });
});

describe('Slack unreachable (connection refused)', () => {
  let offline: BotHarness;
  beforeAll(async () => {
    const closed = await closedPort();
    offline = await startBot({ knownIds: true, env: { SLACK_API_URL: `http://127.0.0.1:${closed}/api/` } });
  });
  afterAll(async () => {
    await offline.stop();
  });

  it('acks, logs the failure and the failed apology, stays up, and still answers through response_url', async () => {
    const body = mentionEvent(QUESTION);
    const response = await offline.send(eventRequest(body));
    expect(response.status).toBe(200);
    const [line] = errorsFrom(offline, 'app_mention');
    expect(line).toMatchObject({ eventId: body.event_id });
    expect(JSON.stringify(line!.err)).toMatch(/ECONNREFUSED|fetch failed/);
    expect(offline.logs.some((l) => l.level === 'warn' && /apology could not be sent/.test(String(l.msg)))).toBe(true);

    expect((await fetch(`${offline.origin}/healthz`)).status).toBe(200);
    // Slash commands answer through response_url, which still works (here: the stub).
    const command = slashCommand(offline.stub, 'kernel=custom');
    expect((await offline.send(command)).status).toBe(200);
    const reply = offline.stub.callsTo('response_url').find((c) => c.responseId === command.responseId);
    expect(JSON.stringify(reply?.args)).toContain('Recommendation: VMs');
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

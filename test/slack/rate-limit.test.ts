import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter, questionOf, rateLimitNotice } from '../../src/slack/middleware/rate-limit.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent, fixture, mentionEvent } from '../support/fixtures.js';
import { buttonsIn, click, slashCommand } from '../support/interactions.js';
import { eventRequest, interactionRequest, send } from '../support/signed-request.js';

describe('MemoryRateLimiter (token bucket)', () => {
  it('allows a burst of perMinute, refuses the next, and refills at perMinute per minute', async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(6, { now: () => now });
    for (let i = 0; i < 6; i += 1) expect(await limiter.take('U1')).toEqual({ allowed: true });
    expect(await limiter.take('U1')).toEqual({ allowed: false, retryAfterMs: 10_000, firstRefusal: true });
    now += 9_999;
    expect(await limiter.take('U1')).toMatchObject({ allowed: false, retryAfterMs: 1, firstRefusal: false });
    now += 1;
    expect(await limiter.take('U1')).toEqual({ allowed: true });
    // An allowed question resets the notice: the next refusal gets one again.
    expect(await limiter.take('U1')).toMatchObject({ allowed: false, firstRefusal: true });
    // A full minute refills the whole bucket, never more than it.
    now += 10 * 60_000;
    for (let i = 0; i < 6; i += 1) expect((await limiter.take('U1')).allowed).toBe(true);
    expect((await limiter.take('U1')).allowed).toBe(false);
  });

  it('keeps one bucket per key', async () => {
    const limiter = new MemoryRateLimiter(1, { now: () => 0 });
    expect((await limiter.take('U1')).allowed).toBe(true);
    expect((await limiter.take('U1')).allowed).toBe(false);
    expect((await limiter.take('U2')).allowed).toBe(true);
  });

  it('forgets full buckets once over maxKeys, but keeps the ones still limiting someone', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(2, { now: () => now, maxKeys: 3 });
    await limiter.take('busy');
    await limiter.take('busy');
    now += 120_000;
    await limiter.take('busy');
    await limiter.take('busy');
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      now += 60_000;
      await limiter.take(key);
    }
    expect(limiter.size).toBeLessThanOrEqual(3);
    const stillLimited = new MemoryRateLimiter(2, { now: () => now, maxKeys: 1 });
    await stillLimited.take('x');
    await stillLimited.take('x');
    await stillLimited.take('y');
    expect((await stillLimited.take('x')).allowed).toBe(false);
  });

  it('refuses a non-positive rate with a message naming the value', () => {
    expect(() => new MemoryRateLimiter(0)).toThrow(/perMinute must be positive, got 0/);
  });
});

describe('questionOf()', () => {
  it('counts mentions, DMs and commands with text; not clicks, App Home, channel messages, empty commands or bots', () => {
    expect(questionOf(mentionEvent('<@UBOT0001> hi'))).toMatchObject({ user: 'U0HUMAN1', kind: 'mention', channel: 'C0CHANNEL1' });
    expect(questionOf(directMessageEvent('hi'))).toMatchObject({ kind: 'dm' });
    expect(questionOf({ command: '/containers-or-vms', text: 'kernel=custom', user_id: 'U1' })).toEqual({ user: 'U1', kind: 'command' });
    expect(questionOf({ command: '/containers-or-vms', text: '  ', user_id: 'U1' })).toBeUndefined();
    expect(questionOf({ type: 'block_actions', user: { id: 'U1' }, actions: [] })).toBeUndefined();
    expect(questionOf({ type: 'event_callback', event: { type: 'app_home_opened', user: 'U1', channel: 'D1' } })).toBeUndefined();
    expect(questionOf(directMessageEvent('hi', { channel_type: 'channel' }))).toBeUndefined();
    expect(questionOf(mentionEvent('hi', { bot_id: 'B1' }))).toBeUndefined();
    expect(questionOf(fixture('view_submission'))).toMatchObject({ kind: 'modal', user: 'U0HUMAN1' });
    expect(questionOf({ ...fixture('view_submission'), view: { callback_id: 'something_else' } })).toBeUndefined();
  });

  it('says how long to wait, in whole seconds', () => {
    expect(rateLimitNotice(10, 5_500)).toContain('about 6 seconds');
    expect(rateLimitNotice(10, 200)).toContain('about 1 second.');
    expect(rateLimitNotice(10, 200)).toContain('up to 10 questions a minute');
  });
});

describe('rate limit through the real app (RATE_LIMIT_PER_MINUTE=3)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ env: { RATE_LIMIT_PER_MINUTE: '3' }, knownIds: true });
  });
  afterAll(async () => {
    await bot.stop();
  });

  const question = '<@UBOT0001> Can containers run on virtual machines?';

  it('answers 3 questions a minute per person, sends one polite notice for the 4th and drops the rest quietly', async () => {
    bot.stub.reset();
    const first = mentionEvent(question);
    await bot.send(eventRequest(first));
    // A retry of an answered event is dropped before it can use up the allowance.
    await bot.send(eventRequest(first), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await bot.send(eventRequest(mentionEvent(question)));
    await bot.send(eventRequest(directMessageEvent('Can containers run on virtual machines?')));
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(3);

    const limited = mentionEvent(question, { thread_ts: '1515449000.000001' });
    const response = await bot.send(eventRequest(limited));
    expect(response.status).toBe(200);
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(3);
    const notices = bot.stub.callsTo('chat.postEphemeral');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.args).toMatchObject({ channel: 'C0CHANNEL1', user: 'U0HUMAN1', thread_ts: '1515449000.000001' });
    expect(String(notices[0]!.args.text)).toMatch(/up to 3 questions a minute per person\. Ask again in about \d+ seconds?\./);

    await bot.send(eventRequest(mentionEvent(question)));
    await bot.send(eventRequest(directMessageEvent('Can containers run on virtual machines?')));
    const command = slashCommand(bot.stub, 'kernel=custom');
    const commandResponse = await bot.send(command);
    expect(commandResponse.status).toBe(200);
    expect(bot.stub.visibleCalls.map((c) => c.method)).toEqual([
      'chat.postMessage',
      'chat.postMessage',
      'chat.postMessage',
      'chat.postEphemeral',
    ]);
    expect(bot.logs.some((l) => /Rate limited a mention from U0HUMAN1 \(notice sent\)/.test(String(l.msg)))).toBe(true);
  });

  it("does not limit anyone else, and never blocks the flow's buttons", async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent(question, { user: 'U0HUMAN2' })));
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);

    // U0HUMAN1 is still over the limit, yet the flow opens and every click is answered.
    const start = slashCommand(bot.stub, '');
    await bot.send(start);
    let reply = bot.stub.callsTo('response_url').find((c) => c.responseId === start.responseId)!;
    expect(JSON.stringify(reply.args.blocks)).toContain('Question 1 of');
    for (let n = 0; n < 5; n += 1) {
      const clicked = click(bot.stub, buttonsIn(reply.args.blocks)[0]!);
      await bot.send(clicked);
      reply = bot.stub.callsTo('response_url').find((c) => c.responseId === clicked.responseId)!;
      expect(reply, `click ${n + 1}`).toBeDefined();
    }
    expect(bot.stub.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('gives a slash command over the limit its notice ephemerally through response_url', async () => {
    bot.stub.reset();
    const user = { user_id: 'U0HUMAN3' };
    for (let i = 0; i < 3; i += 1) await bot.send(slashCommand(bot.stub, 'kernel=custom', undefined, user));
    const over = slashCommand(bot.stub, 'kernel=custom', undefined, user);
    const response = await bot.send(over);
    expect(response.status).toBe(200);
    const answers = bot.stub.callsTo('response_url');
    expect(answers).toHaveLength(4);
    expect(answers.slice(0, 3).every((c) => JSON.stringify(c.args).includes('Recommendation'))).toBe(true);
    const notice = answers.find((c) => c.responseId === over.responseId)!;
    expect(notice.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('up to 3 questions a minute') });
    await bot.send(slashCommand(bot.stub, 'kernel=custom', undefined, user));
    expect(bot.stub.callsTo('response_url')).toHaveLength(4);
  });

  it('keeps the "Ask a question" modal open with the notice on its field, every time, once over the limit', async () => {
    bot.stub.reset();
    const submit = async () => {
      const payload = fixture('view_submission');
      payload.user.id = 'U0HUMAN5';
      payload.view.state.values.question.question_text.value = 'Can containers run on virtual machines?';
      const response = await send(bot.eventsUrl, interactionRequest(payload));
      const body = await response.text();
      await bot.app.inFlight.idle();
      return body;
    };
    for (let i = 0; i < 3; i += 1) expect(await submit()).toBe('');
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(3);
    for (let i = 0; i < 2; i += 1) {
      const ack = JSON.parse(await submit()) as { response_action: string; errors: Record<string, string> };
      expect(ack.response_action).toBe('errors');
      expect(ack.errors.question).toContain('up to 3 questions a minute');
    }
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('sends the notice for a DM in the DM', async () => {
    bot.stub.reset();
    const user = { user: 'U0HUMAN4' };
    for (let i = 0; i < 4; i += 1) await bot.send(eventRequest(directMessageEvent('Can containers run on virtual machines?', user)));
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(4);
    expect(posts[3]!.args).toMatchObject({ channel: 'D0DIRECT1', text: expect.stringContaining('short pause') });
    expect(posts[3]!.args.blocks).toBeUndefined();
  });
});

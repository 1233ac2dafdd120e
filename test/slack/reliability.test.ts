import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent, fixture, mentionEvent } from '../support/fixtures.js';
import { slashCommand } from '../support/interactions.js';
import { eventRequest, interactionRequest, signature, SIGNING_SECRET, type SlackRequest } from '../support/signed-request.js';
import { displayed, PING, PING_MARKUP, slackLimitViolations } from '../support/slack-limits.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const mention = (text = '<@UBOT0001> Can containers run on virtual machines?', event: Record<string, unknown> = {}) =>
  mentionEvent(text, event);

async function stillAnswers(): Promise<void> {
  bot.stub.reset();
  await bot.send(eventRequest(mention()));
  expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);
}

describe('request verification', () => {
  it('refuses forged, stale and unsigned requests with 401 and does no work', async () => {
    bot.stub.reset();
    const request = eventRequest(mention());
    const forged = await bot.send(request, { secret: 'not-the-signing-secret' });
    const stale = await bot.send(request, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const unsigned = await bot.send(request, { unsigned: true });
    const now = Math.floor(Date.now() / 1000);
    const tampered = await bot.send(
      { ...request, body: request.body.replace('virtual machines', 'VMs') },
      {
        timestamp: now,
        headers: { 'x-slack-signature': signature(SIGNING_SECRET, now, request.body) },
      },
    );
    const forgedNull = await bot.send({ body: 'null', contentType: 'application/json' }, { secret: 'not-the-signing-secret' });
    expect([forged.status, stale.status, unsigned.status, tampered.status, forgedNull.status]).toEqual([401, 401, 401, 401, 401]);
    expect(bot.stub.calls).toHaveLength(0);
    await stillAnswers();
  });

  it('answers malformed JSON and form bodies with 4xx and stays up', async () => {
    bot.stub.reset();
    const bodies: SlackRequest[] = [
      { body: '{"type":"event_callback","event":', contentType: 'application/json' },
      { body: 'payload=%7Bnot-json', contentType: 'application/x-www-form-urlencoded' },
      { body: '{}', contentType: 'application/json' },
      { body: '[1,2,3]', contentType: 'application/json' },
      { body: '{"type":"event_callback","event":null}', contentType: 'application/json' },
      { body: 'a=b&c=d', contentType: 'application/x-www-form-urlencoded' },
      { body: '', contentType: 'application/json' },
      // Bodies that parse to null once left a request hanging inside Bolt's receiver.
      { body: 'null', contentType: 'application/json' },
      { body: 'payload=null', contentType: 'application/x-www-form-urlencoded' },
      // Fields Bolt reads without checking: no user or team on an action, a null channel.
      { body: 'payload=%7B%22type%22%3A%22%22%2C%22actions%22%3A%5B%5D%7D', contentType: 'application/x-www-form-urlencoded' },
      { body: '{"type":"event_callback","event":{"type":"message","channel":null}}', contentType: 'application/json' },
    ];
    for (const request of bodies) {
      const response = await bot.send(request);
      expect(response.status, request.body).toBeGreaterThanOrEqual(400);
      expect(response.status, request.body).toBeLessThan(500);
    }
    // Over the 1 MB body limit: 413, or the connection is cut while the body is still arriving.
    const oversized = await bot
      .send({ body: JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(4 * 1024 * 1024 + 10) }), contentType: 'application/json' })
      .then(
        (r) => r.status,
        (error: Error) => (error.cause as { code?: string } | undefined)?.code ?? error.message,
      );
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(oversized);
    expect((await fetch(bot.eventsUrl)).status).toBe(404);
    expect(bot.stub.visibleCalls).toHaveLength(0);
    await stillAnswers();
  });

  it('acks a command or button this app has no listener for at once, instead of leaving Slack waiting', async () => {
    bot.stub.reset();
    const unknownCommand = slashCommand(bot.stub, 'hello', undefined, { command: '/not-ours' });
    const click = fixture('block_actions');
    click.actions[0].action_id = 'not_an_action_of_ours';
    for (const request of [unknownCommand, interactionRequest(click)]) {
      const response = await bot.send(request);
      expect(response.status).toBe(200);
    }
    expect(bot.stub.visibleCalls).toHaveLength(0);
    expect(bot.logs.filter((l) => /not acknowledged/.test(String(l.msg)))).toEqual([]);
  });

  it("answers Slack's signed url_verification challenge", async () => {
    const response = await bot.send(
      eventRequest({
        token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
        challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
        type: 'url_verification',
      }),
    );
    expect(response.status).toBe(200);
  });

  it('answers a GET to an unknown path with 404', async () => {
    expect((await fetch(`${bot.origin}/nope`)).status).toBe(404);
    expect((await fetch(`${bot.origin}/healthz`)).status).toBe(200);
  });
});

describe('exactly one answer per event', () => {
  it('answers a retried event (X-Slack-Retry-Num, same event_id) once', async () => {
    bot.stub.reset();
    const request = eventRequest(mention());
    await bot.send(request);
    const retry = await bot.send(request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const again = await bot.send(request, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    expect([retry.status, again.status]).toEqual([200, 200]);
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a plain duplicate delivery once', async () => {
    bot.stub.reset();
    const request = eventRequest(directMessageEvent('Can containers run on virtual machines?'));
    await Promise.all([bot.send(request), bot.send(request)]);
    await bot.send(request);
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers the same message once even under two event ids', async () => {
    bot.stub.reset();
    const first = mention();
    await bot.send(eventRequest(first));
    await bot.send(eventRequest({ ...first, event_id: `${first.event_id}-again` }));
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('no loops, no noise', () => {
  const quiet: [string, Record<string, unknown>][] = [
    ['its own message', { user: 'UBOT0001', bot_id: 'BBOT0001', text: 'Can containers run on virtual machines?' }],
    ["another bot's message", { subtype: 'bot_message', bot_id: 'B0OTHER1', username: 'otherbot', user: undefined }],
    ["another app's message posted as a user", { bot_id: 'B0OTHER2', app_id: 'A0OTHER', user: 'U0APPUSER' }],
    ['an edit', { subtype: 'message_changed', message: { text: 'edited', user: 'U0HUMAN1' }, user: undefined }],
    ['a deletion', { subtype: 'message_deleted', deleted_ts: '1355517523.000005', user: undefined }],
    ['a join', { subtype: 'channel_join', user: 'U0HUMAN2' }],
  ];
  for (const [what, event] of quiet) {
    it(`ignores ${what} in a DM`, async () => {
      bot.stub.reset();
      const response = await bot.send(eventRequest(directMessageEvent('Can containers run on virtual machines?', event)));
      expect(response.status).toBe(200);
      expect(bot.stub.visibleCalls).toHaveLength(0);
    });
  }

  it("ignores another bot's mention", async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mention(undefined, { bot_id: 'B0OTHER1', user: 'U0OTHERBOT' })));
    expect(bot.stub.visibleCalls).toHaveLength(0);
  });
});

describe('no pings', () => {
  const hostile =
    '<!channel> <!here|here> <!everyone> <!subteam^S0123|@oncall> @channel @here hi <@U0VICTIM> <https://evil.example|https://good.example> &lt;!channel&gt;';

  it('never puts a broadcast or group ping in any Web API call or response', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mention(`<@UBOT0001> ${hostile} can containers run on virtual machines?`)));
    await bot.send(eventRequest(mention('<@UBOT0001> <!channel> @here can containers run on virtual machines?')));
    await bot.send(eventRequest(mention(`<@UBOT0001> ${hostile} zebra pizza`)));
    await bot.send(eventRequest(directMessageEvent(`${hostile} should I use containers or VMs for security?`)));
    await bot.send(slashCommand(bot.stub, hostile));
    await bot.send(slashCommand(bot.stub, `kernel=custom ${hostile}`));
    await bot.send(slashCommand(bot.stub, `speed=${hostile}`));
    expect(bot.stub.calls.length).toBeGreaterThanOrEqual(7);
    expect(bot.stub.calls.some((c) => JSON.stringify(c.args).includes('feedback_helpful'))).toBe(true);
    for (const call of bot.stub.calls) {
      const sent = JSON.stringify(call.args);
      expect(sent, call.method).not.toMatch(PING_MARKUP);
      expect(displayed(call.args), call.method).not.toMatch(PING);
      if (call.args.view) expect(displayed(call.args.view), call.method).not.toMatch(PING);
      expect(sent, call.method).not.toContain('<@U0VICTIM>');
      expect(sent, call.method).not.toContain('<https://evil.example');
    }
  });
});

describe('limits', () => {
  it('acks a 60,000-character message, answers it within Slack limits with a note that it was cut, and keeps answering', async () => {
    bot.stub.reset();
    const long = `<@UBOT0001> Can containers run on virtual machines? ${'containers and virtual machines '.repeat(2_000)}`.slice(0, 60_000);
    expect(long.length).toBe(60_000);
    const response = await bot.send(eventRequest(mention(long)));
    expect(response.status).toBe(200);
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(slackLimitViolations(post.args)).toEqual([]);
    expect(JSON.stringify(post.args.blocks)).toContain('first 2,000 characters');
    const dm = await bot.send(eventRequest(directMessageEvent(long.replace('<@UBOT0001> ', ''))));
    expect(dm.status).toBe(200);
    expect(slackLimitViolations(bot.stub.callsTo('chat.postMessage')[1]!.args)).toEqual([]);
    await bot.send(slashCommand(bot.stub, long.slice(0, 8_000)));
    for (const call of bot.stub.visibleCalls) expect(slackLimitViolations(call.args), call.method).toEqual([]);
    await stillAnswers();
  });

  it('answers from a knowledge file of a single 100 KB paragraph within Slack limits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-paragraph-'));
    const sentence =
      'Hypervisor snapshots capture the full state of a guest machine including memory and disk, which makes rollback after a failed kernel upgrade quick and safe & <b>reliable</b> ';
    writeFileSync(join(dir, 'snapshots.md'), `# Snapshots\n\n${sentence.repeat(Math.ceil(100_000 / sentence.length))}\n`);
    writeFileSync(
      join(dir, 'one-line.md'),
      `# Rollback\n\n${'rollback snapshot hypervisor guest memory disk kernel upgrade '.repeat(1_700)}\n`,
    );
    const big = await startBot({ knowledgeDir: dir });
    try {
      await big.send(eventRequest(mentionEvent('<@UBOT0001> how do hypervisor snapshots help rollback after a kernel upgrade?')));
      await big.send(eventRequest(directMessageEvent('how do hypervisor snapshots help rollback after a kernel upgrade?')));
      const posts = big.stub.callsTo('chat.postMessage');
      expect(posts).toHaveLength(2);
      for (const post of posts) {
        expect(slackLimitViolations(post.args)).toEqual([]);
        expect(JSON.stringify(post.args.blocks)).toContain('Hypervisor snapshots');
        expect(JSON.stringify(post.args)).not.toContain('<b>');
      }
    } finally {
      await big.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('failures are contained', () => {
  it('survives a failing auth.test: that delivery goes unanswered, the next one is answered', async () => {
    const fresh = await startBot();
    try {
      fresh.stub.failNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
      const first = await fresh.send(eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?')));
      expect(first.status).toBeLessThan(500);
      expect(fresh.stub.callsTo('chat.postMessage')).toHaveLength(0);
      await fresh.send(eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?')));
      expect(fresh.stub.callsTo('chat.postMessage')).toHaveLength(1);
      expect(fresh.stub.callsTo('auth.test')).toHaveLength(2);
    } finally {
      await fresh.stop();
    }
  });

  it('a throwing listener logs at error with the event type and ids (no message text) and apologises in the thread', async () => {
    let broken = true;
    const flaky = await startBot({
      deps: {
        knowledge: () => {
          if (broken) throw new Error('index unavailable');
          return bot.knowledge;
        },
      },
    });
    try {
      const secret = 'my secret question about kernels';
      const body = mentionEvent(`<@UBOT0001> ${secret}`);
      const response = await flaky.send(eventRequest(body));
      expect(response.status).toBe(200);
      const apology = flaky.stub.callsTo('chat.postMessage')[0]!;
      expect(apology.args.thread_ts).toBe(body.event.ts);
      expect(String(apology.args.text)).toMatch(/^Sorry/);
      const line = flaky.logs.find((l) => l.level === 'error' && l.handler === 'app_mention')!;
      expect(line).toMatchObject({
        type: 'app_mention',
        eventId: body.event_id,
        channel: 'C0CHANNEL1',
        ts: body.event.ts,
        user: 'U0HUMAN1',
      });
      const visible = flaky.logs.filter((l) => ['info', 'warn', 'error', 'fatal'].includes(l.level));
      for (const l of visible) expect(JSON.stringify(l)).not.toContain(secret);

      const command = slashCommand(flaky.stub, 'kernel=custom');
      await flaky.send(command);
      expect(String(flaky.stub.callsTo('response_url').find((c) => c.responseId === command.responseId)?.args.text)).toMatch(/^Sorry/);

      flaky.stub.reset();
      const dm = directMessageEvent('another private question');
      await flaky.send(eventRequest(dm));
      expect(flaky.stub.callsTo('chat.postMessage')[0]!.args).toMatchObject({
        channel: 'D0DIRECT1',
        text: expect.stringMatching(/^Sorry/),
      });
      expect(flaky.logs.find((l) => l.level === 'error' && l.handler === 'direct_message')).toMatchObject({
        eventId: dm.event_id,
        channel: 'D0DIRECT1',
      });
      const home = { ...fixture('app_home_opened'), event_id: 'Ev0HOMEBROKEN' };
      await flaky.send(eventRequest(home));
      expect(flaky.stub.callsTo('views.publish')).toHaveLength(0);
      expect(flaky.logs.find((l) => l.level === 'error' && l.handler === 'app_home_opened')).toMatchObject({
        eventId: 'Ev0HOMEBROKEN',
        user: 'U0HUMAN1',
      });
      for (const l of flaky.logs.filter((x) => x.level !== 'debug')) expect(JSON.stringify(l)).not.toContain('private question');

      broken = false;
      flaky.stub.reset();
      await flaky.send(eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?')));
      expect(JSON.stringify(flaky.stub.callsTo('chat.postMessage')[0]!.args.blocks)).toContain('Seamlessly');
    } finally {
      await flaky.stop();
    }
  });
});

// The signing helper itself must match Slack's scheme, or every test above proves nothing.
it("signs like Slack's documented example", () => {
  const body =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  expect(signature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
    'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
  );
});

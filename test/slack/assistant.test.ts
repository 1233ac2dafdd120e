import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { eventRequest } from '../support/signed-request.js';

/** The assistant panel through Bolt's Assistant class, end to end. */

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const CHANNEL = 'D0ASSIST1';
let sequence = 0;

function envelope(event: Record<string, unknown>): Record<string, unknown> {
  sequence += 1;
  return {
    token: 'XXYYZZ',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `Ev0ASSIST${sequence}`,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: 'T0001', user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    event,
  };
}

function threadStarted(threadTs: string) {
  return envelope({
    type: 'assistant_thread_started',
    assistant_thread: {
      user_id: 'U0HUMAN1',
      context: { channel_id: 'C0CHANNEL1', team_id: 'T0001', enterprise_id: null },
      channel_id: CHANNEL,
      thread_ts: threadTs,
    },
    event_ts: threadTs,
  });
}

function userMessage(text: string, threadTs: string) {
  const ts = bot.stub.nextTs();
  return envelope({ type: 'message', channel: CHANNEL, channel_type: 'im', user: 'U0HUMAN1', text, ts, event_ts: ts, thread_ts: threadTs });
}

describe('the assistant panel', () => {
  it('greets a new thread and suggests prompts drawn from the knowledge', async () => {
    bot.stub.reset();
    const threadTs = bot.stub.nextTs();
    await bot.send(eventRequest(threadStarted(threadTs)));
    const prompts = bot.stub.callsTo('assistant.threads.setSuggestedPrompts');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]!.args).toMatchObject({ channel_id: CHANNEL, thread_ts: threadTs });
    const list = prompts[0]!.args.prompts as { title: string; message: string }[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.length).toBeLessThanOrEqual(4);
    const headings = new Set(bot.knowledge.index.passages.flatMap((p) => p.headings));
    expect(list.filter((p) => headings.has(p.message)).length).toBeGreaterThanOrEqual(2);
    expect(bot.stub.callsTo('chat.postMessage')[0]!.args).toMatchObject({ channel: CHANNEL, thread_ts: threadTs });
  });

  it('sets a status and a title, then answers in the thread; a follow-up is answered in context', async () => {
    bot.stub.reset();
    const threadTs = bot.stub.nextTs();
    await bot.send(eventRequest(threadStarted(threadTs)));
    bot.stub.reset();
    await bot.send(eventRequest(userMessage('Can containers run on virtual machines?', threadTs)));
    const methods = bot.stub.calls.map((c) => c.method).filter((m) => m.startsWith('assistant.') || m === 'chat.postMessage');
    expect(methods).toEqual(['assistant.threads.setStatus', 'assistant.threads.setTitle', 'chat.postMessage']);
    expect(bot.stub.callsTo('assistant.threads.setStatus')[0]!.args).toMatchObject({ channel_id: CHANNEL, thread_ts: threadTs });
    expect(bot.stub.callsTo('assistant.threads.setTitle')[0]!.args).toMatchObject({ title: 'Can containers run on virtual machines?' });
    const answer = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(answer.args).toMatchObject({ channel: CHANNEL, thread_ts: threadTs });
    expect(JSON.stringify(answer.args.blocks)).toContain('containers can run seamlessly on virtual machines');

    bot.stub.reset();
    await bot.send(eventRequest(userMessage('does that need any special configuration?', threadTs)));
    expect(bot.stub.callsTo('assistant.threads.setTitle')).toHaveLength(0);
    expect(JSON.stringify(bot.stub.callsTo('chat.postMessage')[0]!.args.blocks)).toContain('proper configuration is essential');
  });

  it('recommends for a choice and keeps its factors in the metadata for the next message', async () => {
    bot.stub.reset();
    const threadTs = bot.stub.nextTs();
    await bot.send(eventRequest(threadStarted(threadTs)));
    await bot.send(eventRequest(userMessage('vm or container for our microservices?', threadTs)));
    await bot.send(eventRequest(userMessage('what if one service needs a custom kernel module?', threadTs)));
    const replies = bot.stub.callsTo('chat.postMessage').slice(1);
    expect(JSON.stringify(replies[0]!.args.blocks)).toContain('Recommendation: containers');
    expect(replies[0]!.args.metadata).toMatchObject({
      event_type: 'containers_or_vms_recommendation',
      event_payload: { state: 'v1;architecture=microservices' },
    });
    expect(JSON.stringify(replies[1]!.args.blocks)).toContain('kernel=custom added');
  });

  it('answers though setStatus and setTitle fail (a free plan, a plain DM thread, a 429): both are best effort, and logged', async () => {
    bot.stub.reset();
    const threadTs = bot.stub.nextTs();
    bot.stub.failNext('assistant.threads.setStatus', { body: { ok: false, error: 'not_allowed_token_type' } });
    bot.stub.failNext('assistant.threads.setTitle', { status: 429, retryAfter: 0, body: { ok: false, error: 'ratelimited' } }, 10);
    await bot.send(eventRequest(userMessage('Can containers run on virtual machines?', threadTs)));
    const replies = bot.stub.callsTo('chat.postMessage');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.args).toMatchObject({ channel: CHANNEL, thread_ts: threadTs });
    expect(JSON.stringify(replies[0]!.args.blocks)).toContain('containers can run seamlessly on virtual machines');
    expect(bot.logs.some((l) => l.level === 'warn' && /setStatus/.test(String(l.msg)))).toBe(true);
  });

  it("keeps one person's thread context out of everyone else's replies, and reads no thread for it", async () => {
    bot.stub.reset();
    const theirs = bot.stub.nextTs();
    await bot.send(eventRequest(threadStarted(theirs)));
    await bot.send(
      eventRequest(
        envelope({
          type: 'assistant_thread_context_changed',
          assistant_thread: {
            user_id: 'U0HUMAN9',
            context: { channel_id: 'C0SECRET9', team_id: 'T0001', enterprise_id: null },
            channel_id: 'D0OTHER9',
            thread_ts: theirs,
          },
          event_ts: theirs,
        }),
      ),
    );
    bot.stub.reset();
    await bot.send(eventRequest(userMessage('Can containers run on virtual machines?', bot.stub.nextTs())));
    const reply = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(JSON.stringify(reply.args)).not.toContain('C0SECRET9');
    expect(reply.args.metadata).toBeUndefined();
    // Only the bot's own read of the thread (paged, up to the message): none for a context it never uses.
    expect(bot.stub.callsTo('conversations.replies').every((c) => c.args.limit === '200')).toBe(true);
  });
});

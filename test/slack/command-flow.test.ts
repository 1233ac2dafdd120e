import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOW_STEPS } from '../../src/core/flow/steps.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { buttonsIn, click, slashCommand } from '../support/interactions.js';
import type { RecordedCall } from '../support/slack-api-stub.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const text = (call: RecordedCall) => JSON.stringify(call.args.blocks ?? []) + String(call.args.text ?? '');

/** Sends a request and returns what the bot posted to its response_url. */
async function respondedTo(request: Parameters<BotHarness['send']>[0] & { responseId: string }): Promise<RecordedCall> {
  const response = await bot.send(request);
  expect(response.status).toBe(200);
  const calls = bot.stub.callsTo('response_url').filter((c) => c.responseId === request.responseId);
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

describe('/containers-or-vms', () => {
  it('with no text starts the flow ephemerally and runs every step to a recommendation through button clicks', async () => {
    let reply = await respondedTo(slashCommand(bot.stub, ''));
    expect(reply.args.response_type).toBe('ephemeral');
    for (let n = 1; n <= FLOW_STEPS.length; n += 1) {
      expect(text(reply)).toContain(`Question ${n} of ${FLOW_STEPS.length}`);
      const step = FLOW_STEPS[n - 1]!;
      expect(text(reply)).toContain(step.question.slice(0, 40));
      const buttons = buttonsIn(reply.args.blocks);
      expect(buttons.map((b) => b.text.text)).toEqual([...step.options.map((o) => o.label), 'Not sure']);
      for (const b of buttons) expect(b.value!.length).toBeLessThanOrEqual(2000);
      reply = await respondedTo(click(bot.stub, buttons[0]!));
      expect(reply.args.replace_original).toBe(true);
    }
    expect(text(reply)).toContain('Recommendation:');
    expect(buttonsIn(reply.args.blocks).map((b) => b.text.text)).toEqual(['📬 Explain in DM', '📣 Share in channel', '↩️ Start over']);
  });

  it('skips a step answered "Not sure"', async () => {
    const start = await respondedTo(slashCommand(bot.stub, ''));
    const notSure = buttonsIn(start.args.blocks).find((b) => b.text.text === 'Not sure')!;
    const next = await respondedTo(click(bot.stub, notSure));
    expect(text(next)).toContain('Question 2 of');
    expect(text(next)).toContain('not sure about isolation');
  });

  it('answers kernel=custom at once with VMs, quoting the knowledge', async () => {
    const reply = await respondedTo(slashCommand(bot.stub, 'kernel=custom'));
    expect(text(reply)).toContain('Recommendation: VMs');
    expect(text(reply)).toContain('containers-vs-vms.md');
    expect(text(reply)).toMatch(/\\n> \w/);
  });

  it('reads plain words and echoes what it understood', async () => {
    const reply = await respondedTo(slashCommand(bot.stub, 'we run untrusted customer code and need fast autoscaling'));
    expect(text(reply)).toContain('Recommendation: containers on VMs');
    expect(text(reply)).toContain('I understood');
    expect(text(reply)).toContain('isolation=high');
  });

  it('reads plain words typed in haste as meant', async () => {
    const reply = await respondedTo(slashCommand(bot.stub, 'we need strong isolatoin for a monolth :rocket:'));
    expect(text(reply)).toContain('Recommendation:');
    expect(text(reply)).toContain('isolation=high');
    expect(text(reply)).toContain('architecture=monolith');
  });

  it('names the allowed keys for an unknown factor, and the allowed values for an unknown value', async () => {
    const unknownKey = await respondedTo(slashCommand(bot.stub, 'colour=blue'));
    expect(unknownKey.args.response_type).toBe('ephemeral');
    expect(text(unknownKey)).toContain('isolation, kernel, speed, architecture, density');
    const unknownValue = await respondedTo(slashCommand(bot.stub, 'speed=warp'));
    expect(text(unknownValue)).toContain('speed must be one of high, moderate, low');
  });

  it('points a question typed into the command to a mention or a DM, and only then', async () => {
    const question = await respondedTo(slashCommand(bot.stub, 'can containers run on vms?'));
    expect(text(question)).toContain('could not tell any factor');
    expect(text(question)).toContain('Mention me in a channel or send me a DM');
    const badValue = await respondedTo(slashCommand(bot.stub, 'speed=warp'));
    expect(text(badValue)).not.toContain('Mention me in a channel');
  });

  it('answers help with usage', async () => {
    const reply = await respondedTo(slashCommand(bot.stub, 'help'));
    expect(text(reply)).toContain('/containers-or-vms isolation=high speed=high');
  });

  it('keeps the report for admins', async () => {
    const reply = await respondedTo(slashCommand(bot.stub, 'report'));
    expect(text(reply)).toContain('ADMIN_USER_IDS');
  });

  it('shows admins the knowledge-gaps summary', async () => {
    const admin = await startBot({
      env: { ADMIN_USER_IDS: 'U0HUMAN1' },
      deps: { reportSummary: () => ['Last 14 days: 3 unanswered <!channel>', '• 2× "pizza?"'] },
    });
    try {
      const request = slashCommand(admin.stub, 'report');
      await admin.send(request);
      const reply = admin.stub.callsTo('response_url').find((c) => c.responseId === request.responseId)!;
      expect(reply.args.response_type).toBe('ephemeral');
      expect(text(reply)).toContain('3 unanswered');
      expect(text(reply)).not.toContain('<!channel>');
      const other = slashCommand(admin.stub, 'report', undefined, { user_id: 'U0NOTADMIN' });
      await admin.send(other);
      expect(text(admin.stub.callsTo('response_url').find((c) => c.responseId === other.responseId)!)).not.toContain('3 unanswered');
    } finally {
      await admin.stop();
    }
  });

  it('Explain in DM opens a DM and posts the full explanation there', async () => {
    const rec = await respondedTo(slashCommand(bot.stub, 'isolation=high speed=high'));
    bot.stub.reset();
    const explain = buttonsIn(rec.args.blocks).find((b) => b.text.text.includes('Explain in DM'))!;
    await bot.send(click(bot.stub, explain));
    expect(bot.stub.callsTo('conversations.open')[0]?.args.users).toBe('U0HUMAN1');
    const dm = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(dm.args.channel).toBe('DU0HUMAN1');
    expect(text(dm)).toContain('Your answers');
    expect(text(dm)).toContain('Recommendation: containers on VMs');
  });

  it('Share in channel posts the recommendation for everyone with who asked, falling back to response_url when the bot is not a member', async () => {
    const rec = await respondedTo(slashCommand(bot.stub, 'kernel=custom'));
    const share = buttonsIn(rec.args.blocks).find((b) => b.text.text.includes('Share in channel'))!;
    bot.stub.reset();
    await bot.send(click(bot.stub, share));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(post.args.channel).toBe('C0CHANNEL1');
    expect(text(post)).toContain('Shared by <@U0HUMAN1>');
    expect(buttonsIn(post.args.blocks)).toHaveLength(0);

    bot.stub.reset();
    bot.stub.failNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const fallback = await respondedTo(click(bot.stub, share));
    expect(fallback.args.response_type).toBe('in_channel');
    expect(text(fallback)).toContain('Recommendation: VMs');
  });

  it('Start over replaces the recommendation with the first question', async () => {
    const rec = await respondedTo(slashCommand(bot.stub, 'kernel=custom'));
    const again = buttonsIn(rec.args.blocks).find((b) => b.text.text.includes('Start over'))!;
    const reply = await respondedTo(click(bot.stub, again));
    expect(reply.args.replace_original).toBe(true);
    expect(text(reply)).toContain('Question 1 of');
  });

  it('answers a tampered flow button with a short apology, and keeps serving', async () => {
    const reply = await respondedTo(
      click(bot.stub, { type: 'button', action_id: 'flow_choice_isolation_high', value: 'v9;evil=1', text: { text: 'x' } }),
    );
    expect(text(reply)).toContain('Sorry');
    expect(bot.logs.some((l) => l.level === 'error' && l.handler === 'flow_choice')).toBe(true);
    const ok = await respondedTo(slashCommand(bot.stub, ''));
    expect(text(ok)).toContain('Question 1 of');
  });
});

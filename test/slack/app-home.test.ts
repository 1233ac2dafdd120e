import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOW_STEPS } from '../../src/core/flow/steps.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent, fixture } from '../support/fixtures.js';
import { buttonsIn, click } from '../support/interactions.js';
import { eventRequest, interactionRequest, send } from '../support/signed-request.js';
import { slackLimitViolations } from '../support/slack-limits.js';
import type { RecordedCall } from '../support/slack-api-stub.js';

/** App Home's buttons, the "Ask a question" modal and its submission, through the real app. */

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

type Button = ReturnType<typeof buttonsIn>[number];
type View = {
  type: string;
  callback_id?: string;
  title?: { text: string };
  submit?: { text: string };
  close?: { text: string };
  blocks: Record<string, any>[];
};

const text = (call: RecordedCall) => JSON.stringify(call.args.blocks ?? []) + String(call.args.text ?? '');

let opened = 0;

async function homeButtons(): Promise<Button[]> {
  bot.stub.reset();
  const event = fixture('app_home_opened');
  // A fresh event_id each time: the app drops a repeated one as a retry.
  event.event_id = `Ev0HOMEBUTTONS${(opened += 1)}`;
  await bot.send(eventRequest(event));
  return buttonsIn((bot.stub.callsTo('views.publish')[0]!.args.view as View).blocks);
}

/** A block_actions payload for a click in the Home tab: no channel, no message, no response_url. */
function homeClick(button: Button, triggerId = `${Date.now()}.333649436676.home`) {
  const payload = fixture('block_actions_home');
  payload.trigger_id = triggerId;
  payload.actions = [
    {
      action_id: button.action_id,
      block_id: button.block_id,
      text: button.text,
      value: button.value,
      type: 'button',
      action_ts: `${Date.now() / 1000}`,
    },
  ];
  return interactionRequest(payload);
}

/** Submits the modal with `question` in its field; returns Slack's view of the HTTP answer (the ack). */
async function submitQuestion(question: string): Promise<{ status: number; body: string }> {
  const payload = fixture('view_submission');
  payload.view.state.values.question.question_text.value = question;
  const response = await send(bot.eventsUrl, interactionRequest(payload));
  const body = await response.text();
  await bot.app.inFlight.idle();
  return { status: response.status, body };
}

describe('App Home', () => {
  it('has "Ask a question" and "Start the decision flow" buttons, within Block Kit limits', async () => {
    const buttons = await homeButtons();
    expect(buttons.map((b) => b.text.text)).toEqual(['❓ Ask a question', '🧭 Start the decision flow']);
    const view = bot.stub.callsTo('views.publish')[0]!.args.view as View;
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    // A view has no fallback text; everything else is checked as for a message.
    expect(slackLimitViolations({ text: 'App Home', blocks: view.blocks })).toEqual([]);
  });

  it('"Ask a question" opens a modal with one multiline question field, using the click\'s trigger_id', async () => {
    const ask = (await homeButtons()).find((b) => b.action_id === 'home_ask_question')!;
    bot.stub.reset();
    const response = await bot.send(homeClick(ask, '424242.1111.trigger'));
    expect(response.status).toBe(200);
    const opens = bot.stub.callsTo('views.open');
    expect(opens).toHaveLength(1);
    expect(opens[0]!.args.trigger_id).toBe('424242.1111.trigger');
    const view = opens[0]!.args.view as View;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'ask_question' });
    // Slack's modal limits: title, submit and close at most 24 characters; submit is required with an input.
    for (const label of [view.title, view.submit, view.close]) expect(label!.text.length).toBeGreaterThan(0);
    for (const label of [view.title, view.submit, view.close]) expect(label!.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks).toHaveLength(1);
    const [input] = view.blocks;
    expect(input).toMatchObject({
      type: 'input',
      block_id: 'question',
      element: { type: 'plain_text_input', action_id: 'question_text', multiline: true, max_length: 2000 },
    });
    expect(input!.element.placeholder.text.length).toBeLessThanOrEqual(150);
    // Nothing else is posted: the modal is the answer to the click.
    expect(bot.stub.visibleCalls.map((c) => c.method)).toEqual(['views.open']);
  });

  it('a failing views.open is logged and apologised for in the DM', async () => {
    const ask = (await homeButtons()).find((b) => b.action_id === 'home_ask_question')!;
    bot.stub.reset();
    bot.stub.failNext('views.open', { body: { ok: false, error: 'expired_trigger_id' } });
    await bot.send(homeClick(ask));
    expect(bot.logs.some((l) => l.level === 'error' && l.handler === 'open_ask_modal' && l.user === 'U0HUMAN1')).toBe(true);
    const apology = bot.stub.callsTo('chat.postMessage');
    expect(apology).toHaveLength(1);
    expect(apology[0]!.args.channel).toBe('DU0HUMAN1');
    expect(String(apology[0]!.args.text)).toMatch(/^Sorry/);
  });

  it('"Start the decision flow" posts step 1 in the DM, and its first option continues to step 2 in place', async () => {
    const start = (await homeButtons()).find((b) => b.action_id === 'home_start_flow')!;
    bot.stub.reset();
    await bot.send(homeClick(start));
    expect(bot.stub.callsTo('conversations.open')[0]!.args.users).toBe('U0HUMAN1');
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const step1 = posts[0]!;
    expect(step1.args.channel).toBe('DU0HUMAN1');
    expect(text(step1)).toContain(`Question 1 of ${FLOW_STEPS.length}`);
    expect(slackLimitViolations(step1.args)).toEqual([]);

    // A normal DM message: Slack includes it in the click, with a response_url that can replace it.
    const first = buttonsIn(step1.args.blocks)[0]!;
    const request = click(bot.stub, first, {
      channel: 'DU0HUMAN1',
      ephemeral: false,
      message: { text: String(step1.args.text), blocks: step1.args.blocks },
    });
    await bot.send(request);
    const replies = bot.stub.callsTo('response_url').filter((c) => c.responseId === request.responseId);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.args.replace_original).toBe(true);
    expect(text(replies[0]!)).toContain(`Question 2 of ${FLOW_STEPS.length}`);
    expect(text(replies[0]!)).toContain(`${FLOW_STEPS[0]!.factor}=${FLOW_STEPS[0]!.options[0]!.value}`);
  });
});

describe('the decision flow run in the DM', () => {
  it('ends in the DM explanation (answers listed, Start over only), not in buttons that would post into the same DM', async () => {
    const start = (await homeButtons()).find((b) => b.action_id === 'home_start_flow')!;
    bot.stub.reset();
    await bot.send(homeClick(start));
    let message = bot.stub.callsTo('chat.postMessage')[0]!.args;
    for (let step = 0; step < FLOW_STEPS.length; step++) {
      const request = click(bot.stub, buttonsIn(message.blocks)[0]!, {
        channel: 'DU0HUMAN1',
        ephemeral: false,
        message: { text: String(message.text), blocks: message.blocks },
      });
      await bot.send(request);
      message = bot.stub.callsTo('response_url').find((c) => c.responseId === request.responseId)!.args;
    }
    expect(text({ args: message } as RecordedCall)).toContain('Recommendation');
    expect(text({ args: message } as RecordedCall)).toContain('Your answers');
    expect(buttonsIn(message.blocks).map((b) => b.action_id)).toEqual(['flow_start_over']);
  });
});

describe('the "Ask a question" modal, submitted', () => {
  it('closes and answers in the DM with the explanation a DM question gets, saying what was asked', async () => {
    const question = 'Can containers run on virtual machines?';
    bot.stub.reset();
    const ack = await submitQuestion(question);
    expect(ack).toEqual({ status: 200, body: '' });
    expect(bot.stub.callsTo('conversations.open')[0]!.args.users).toBe('U0HUMAN1');
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const answer = posts[0]!;
    expect(answer.args.channel).toBe('DU0HUMAN1');
    expect(text(answer)).toContain('Can Containers Run on Virtual Machines Seamlessly?');
    expect(slackLimitViolations(answer.args)).toEqual([]);
    const [asked, ...rest] = answer.args.blocks as Record<string, any>[];
    expect(asked!.elements[0].text).toBe(`You asked: ${question}`);

    // The same question as a DM gets the same explanation, block for block.
    bot.stub.reset();
    await bot.send(eventRequest(directMessageEvent(question)));
    const dm = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(rest).toEqual(dm.args.blocks);
    expect(answer.args.text).toBe(dm.args.text);
  });

  it('explains each of two questions asked in one DM under the question it answers', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(directMessageEvent('what licensing costs do VMs have? and how do I migrate from VMs to containers?')));
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    const blocks = JSON.stringify(post.args.blocks);
    const licensing = blocks.indexOf('*what licensing costs do VMs have?*');
    const migration = blocks.indexOf('*how do I migrate from VMs to containers?*');
    expect(licensing).toBeGreaterThanOrEqual(0);
    expect(migration).toBeGreaterThan(licensing);
    expect(blocks.indexOf('What Are Best Practices for Migrating From VMS to Containers?')).toBeGreaterThan(migration);
    expect(slackLimitViolations(post.args)).toEqual([]);
  });

  it('with an empty or blank question stays open with an error on the question field, and sends nothing', async () => {
    for (const blank of ['', '   \n\t ']) {
      bot.stub.reset();
      const ack = await submitQuestion(blank);
      expect(ack.status).toBe(200);
      const body = JSON.parse(ack.body) as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(Object.keys(body.errors)).toEqual(['question']);
      expect(body.errors.question).toMatch(/question/i);
      expect(bot.stub.visibleCalls).toEqual([]);
    }
  });

  it('escapes what was asked: no ping, no link', async () => {
    bot.stub.reset();
    await submitQuestion('<!channel> @here can containers run on <https://evil.example|VMs>?');
    const answer = bot.stub.callsTo('chat.postMessage')[0]!;
    const asked = JSON.stringify((answer.args.blocks as unknown[])[0]);
    expect(asked).not.toMatch(/<!channel>|<https:|@here\b/);
    expect(asked).toContain('&lt;!channel&gt;');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent, fixture, mentionEvent } from '../support/fixtures.js';
import { buttonsIn, click } from '../support/interactions.js';
import { eventRequest, interactionRequest, send } from '../support/signed-request.js';
import { slackLimitViolations } from '../support/slack-limits.js';

/** Issue 11 item 4: a question that asks to choose is answered by the recommendation core, on every surface. */

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const KERNEL_QUESTION = 'our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm';
const blocksText = (args: Record<string, unknown>) => JSON.stringify(args.blocks);

function expectRecommendationForVms(args: Record<string, unknown>) {
  const blocks = blocksText(args);
  expect(blocks).toContain('Recommendation: VMs');
  expect(blocks).toContain('kernel=custom');
  expect(blocks).toContain('custom kernel driver');
  expect(blocks).toContain('*Why*');
  expect(blocks).toContain('containers-vs-vms.md');
  expect(slackLimitViolations(args as { text: string; blocks: unknown[] })).toEqual([]);
  const flow = buttonsIn(args.blocks).find((b) => b.action_id === 'flow_start');
  expect(flow?.value).toBe('v1;kernel=custom');
  expect(args.metadata).toEqual({ event_type: 'containers_or_vms_recommendation', event_payload: { state: 'v1;kernel=custom' } });
}

describe('a choice between containers and VMs', () => {
  it('asked in a mention gets a recommendation in the thread, with what was understood and the reasons quoted', async () => {
    bot.stub.reset();
    const body = mentionEvent(`<@UBOT0001> ${KERNEL_QUESTION}`);
    await bot.send(eventRequest(body));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(post.args.thread_ts).toBe(body.event.ts);
    expectRecommendationForVms(post.args);
  });

  it('typed in haste, with typos and an emoji, is read as meant', async () => {
    bot.stub.reset();
    const body = mentionEvent(
      `<@UBOT0001> quick q: our app needs a custom kenrel driver loaded. will that fly in dcoker or do we need a vm :thinking_face:`,
    );
    await bot.send(eventRequest(body));
    expectRecommendationForVms(bot.stub.callsTo('chat.postMessage')[0]!.args);
  });

  it('asked in a DM gets the recommendation with the full explanation', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(directMessageEvent(KERNEL_QUESTION)));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expectRecommendationForVms(post.args);
    expect(blocksText(post.args)).toContain('Left open');
  });

  it('asked in the Ask-a-question modal gets the recommendation in the DM', async () => {
    bot.stub.reset();
    const payload = fixture('view_submission');
    payload.view.state.values.question.question_text.value = KERNEL_QUESTION;
    await send(bot.eventsUrl, interactionRequest(payload));
    await bot.app.inFlight.idle();
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(blocksText(post.args)).toContain('You asked');
    expectRecommendationForVms(post.args);
  });

  it('"Answer the other questions" opens the flow at the first question the question left open', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent(`<@UBOT0001> ${KERNEL_QUESTION}`)));
    const flow = buttonsIn(bot.stub.callsTo('chat.postMessage')[0]!.args.blocks).find((b) => b.action_id === 'flow_start')!;
    const { responseId, ...request } = click(bot.stub, flow, { ephemeral: false });
    await bot.send(request);
    const response = bot.stub.callsTo('response_url').find((c) => c.responseId === responseId)!;
    expect(response.args).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(blocksText(response.args)).toContain('Question 1 of 5');
    expect(blocksText(response.args)).toContain('kernel=custom');
    // Every option of the next step keeps the kernel answer.
    for (const b of buttonsIn(response.args.blocks).filter((x) => x.action_id.startsWith('flow_choice_')))
      expect(b.value).toContain('kernel=custom');
  });

  it('with no factor understood, the answer offers the flow with a button instead of a command to type', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(directMessageEvent('Should I use containers or VMs for cloud security?')));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    const start = buttonsIn(post.args.blocks).find((b) => b.action_id === 'flow_start');
    expect(start?.value).toBe('v1');
    expect(blocksText(post.args)).not.toContain('Run `/containers-or-vms`');
    // No recommendation's state: only that the flow was offered, so a need stated next answers it.
    expect(post.args.metadata).toMatchObject({ event_type: 'containers_or_vms_flow_offered', event_payload: { offered: 'flow' } });

    const { responseId, ...request } = click(bot.stub, start!, { channel: 'D0DIRECT1', ephemeral: false });
    await bot.send(request);
    const response = bot.stub.callsTo('response_url').find((c) => c.responseId === responseId)!;
    expect(blocksText(response.args)).toContain('Question 1 of 5');
  });

  it('with no factor understood and only a closest match, the closest match offers the flow too', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> should our postgres db live in a container or a vm?')));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(blocksText(post.args)).toContain('Closest match');
    expect(buttonsIn(post.args.blocks).find((b) => b.action_id === 'flow_start')?.value).toBe('v1');
  });

  it('a look-up question stays a look-up', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?')));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    expect(blocksText(post.args)).toContain('Short answer');
    expect(blocksText(post.args)).not.toContain('Recommendation');
  });
});

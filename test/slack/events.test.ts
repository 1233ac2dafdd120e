import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent, fixture, mentionEvent } from '../support/fixtures.js';
import { buttonsIn, click } from '../support/interactions.js';
import { eventRequest } from '../support/signed-request.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const blocksOf = (args: Record<string, unknown>) => JSON.stringify(args.blocks);

describe('direct messages', () => {
  it('get an explanation: best passage, supporting passages, the key takeaway, and a pointer to the flow for a choice', async () => {
    bot.stub.reset();
    const body = directMessageEvent('Should I use containers or VMs for cloud security?');
    await bot.send(eventRequest(body));
    const posts = bot.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.args.channel).toBe('D0DIRECT1');
    expect(post.args.thread_ts).toBeUndefined();
    const blocks = blocksOf(post.args);
    expect(blocks).toContain('How Do Containers Impact Cloud Security Compared to VMS?');
    expect(blocks).toContain('What else the knowledge says');
    expect(blocks).toContain('Key takeaway');
    expect(blocks).toContain('Key Takeaways');
    // The flow is offered as a button, not as a command to type.
    expect(blocks).toContain('"action_id":"flow_start"');
    expect(blocks).not.toContain('Run `/containers-or-vms`');
  });

  it('do not point to the flow when the question is not a choice', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(directMessageEvent('Can containers run on virtual machines?')));
    const blocks = blocksOf(bot.stub.callsTo('chat.postMessage')[0]!.args);
    expect(blocks).toContain('Can Containers Run on Virtual Machines Seamlessly?');
    expect(blocks).not.toContain('flow_start');
  });

  it.each(['help', 'Help!', 'help?', 'hi', 'Hello!'])('answer %j with what the bot does', async (text) => {
    bot.stub.reset();
    await bot.send(eventRequest(directMessageEvent(text)));
    const blocks = blocksOf(bot.stub.callsTo('chat.postMessage')[0]!.args);
    expect(blocks).toContain('I help you choose between');
    expect(blocks).toContain('/containers-or-vms');
  });
});

describe('App Home', () => {
  it('is published on app_home_opened with what the bot does, how to ask, examples and the flow', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(fixture('app_home_opened')));
    const publish = bot.stub.callsTo('views.publish');
    expect(publish).toHaveLength(1);
    expect(publish[0]!.args.user_id).toBe('U0HUMAN1');
    const view = publish[0]!.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('In a channel');
    expect(text).toContain('In a DM');
    expect(text).toContain('Questions you can ask');
    expect(text).toContain('/containers-or-vms');
  });

  it('is not published for the Messages tab', async () => {
    bot.stub.reset();
    const body = fixture('app_home_opened');
    body.event_id = 'Ev0HOMEMSG';
    body.event.tab = 'messages';
    await bot.send(eventRequest(body));
    expect(bot.stub.callsTo('views.publish')).toHaveLength(0);
  });
});

describe('feedback', () => {
  it('a click replaces the buttons with a thank-you and records the vote with the question and passage ids', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> How do performance metrics vary under high load?')));
    const answer = bot.stub.callsTo('chat.postMessage')[0]!;
    const helpful = buttonsIn(answer.args.blocks).find((b) => b.action_id === 'feedback_not_helpful')!;
    const request = click(bot.stub, helpful, { ephemeral: false, message: { text: String(answer.args.text), blocks: answer.args.blocks } });
    await bot.send(request);
    const reply = bot.stub.callsTo('response_url').find((c) => c.responseId === request.responseId)!;
    expect(reply.args.replace_original).toBe(true);
    expect(buttonsIn(reply.args.blocks)).toHaveLength(0);
    expect(JSON.stringify(reply.args.blocks)).toContain('Thanks');
    expect(JSON.stringify(reply.args.blocks)).toContain('Short answer');
    const vote = bot.feedback.votes.at(-1)!;
    expect(vote).toMatchObject({
      question: 'How do performance metrics vary under high load?',
      vote: 'not-helpful',
      surface: 'channel',
      userId: 'U0HUMAN1',
    });
    expect(vote.passages[0]!.heading).toContain('How Do Performance Metrics Vary Under High Load?');
    expect(vote.passages[0]!.id).toMatch(/^containers-vs-vms\.md#\d+$/);
  });
});

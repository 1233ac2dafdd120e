import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { mentionEvent } from '../support/fixtures.js';
import { buttonsIn, click } from '../support/interactions.js';
import { eventRequest } from '../support/signed-request.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

describe('a closest match in a channel', () => {
  it('is labelled uncertain, quotes one passage, offers nearby topics whose click answers that topic', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> is it bad to let customers upload their own code into our containers?')));
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain('Closest match');
    expect(blocks).toContain("I'm not sure");
    const topics = buttonsIn(post.args.blocks).filter((b) => b.action_id.startsWith('near_topic_'));
    expect(topics.length).toBeGreaterThanOrEqual(1);

    const request = click(bot.stub, topics[0]!, { ephemeral: false, message: { text: String(post.args.text), blocks: post.args.blocks } });
    expect((await bot.send(request)).status).toBe(200);
    const reply = await bot.stub.waitFor((c) => c.method === 'response_url' && c.responseId === request.responseId);
    expect(reply.args.replace_original).toBe(false);
    const replyBlocks = JSON.stringify(reply.args.blocks);
    expect(replyBlocks).toContain('Short answer');
    expect(replyBlocks).toContain(topics[0]!.text.text.replace(/…$/, '').slice(0, 20));
  });

  it('a nearby topic that no longer exists gets a short note, not an error', async () => {
    bot.stub.reset();
    const request = click(bot.stub, { type: 'button', action_id: 'near_topic_0', value: 'missing.md#9', text: { text: 'Gone' } });
    await bot.send(request);
    const reply = await bot.stub.waitFor((c) => c.method === 'response_url' && c.responseId === request.responseId);
    expect(String(reply.args.text)).toContain('no longer');
  });
});

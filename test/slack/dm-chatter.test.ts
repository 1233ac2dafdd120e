import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ANSWER_TEXT } from '../../src/slack/render/no-answer.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent } from '../support/fixtures.js';
import { eventRequest } from '../support/signed-request.js';

/** Review finding 9: in a DM, chatter is not a question the knowledge failed to answer. */

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

async function dm(text: string) {
  bot.stub.reset();
  const gapsBefore = bot.feedback.gaps.length;
  await bot.send(eventRequest(directMessageEvent(text)));
  const posts = bot.stub.callsTo('chat.postMessage');
  return { posts, gaps: bot.feedback.gaps.slice(gapsBefore), text: JSON.stringify(posts.map((p) => [p.args.text, p.args.blocks])) };
}

describe('DM chatter', () => {
  it.each(['thanks!', 'ok cool', 'lol +1', ':tada:'])(
    '%j gets a short friendly reply, not "I couldn\'t find an answer", and is no gap',
    async (text) => {
      const { posts, gaps, text: sent } = await dm(text);
      expect(gaps).toHaveLength(0);
      expect(posts).toHaveLength(1);
      expect(String(posts[0]!.args.text).length).toBeLessThan(120);
      expect(sent).not.toContain(NO_ANSWER_TEXT);
    },
  );

  it('a question the knowledge cannot answer is still told so and recorded as a gap', async () => {
    const { gaps, text: sent } = await dm('What is the weather in Lisbon tomorrow?');
    expect(sent).toContain(NO_ANSWER_TEXT);
    expect(gaps).toHaveLength(1);
  });

  it('a statement the knowledge answers still gets its explanation', async () => {
    const { gaps, text: sent } = await dm('containers running on virtual machines');
    expect(gaps).toHaveLength(0);
    expect(sent).not.toContain(NO_ANSWER_TEXT);
    expect(sent).toContain('Virtual Machines');
  });
});

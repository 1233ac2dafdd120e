import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFeedback, FEEDBACK_ACTIONS } from '../../src/slack/render/feedback.js';
import { databasePath, SqliteFeedbackStore } from '../../src/store/sqlite-feedback-store.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { mentionEvent } from '../support/fixtures.js';
import { buttonsIn, click } from '../support/interactions.js';
import { eventRequest } from '../support/signed-request.js';

/** Votes through the real app into a real store: counted once per person, checked, never echoing the payload. */

let dir: string;
let store: SqliteFeedbackStore;
let bot: BotHarness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'votes-'));
  store = SqliteFeedbackStore.open(databasePath(dir), { hashKey: 'votes-test-key-0123456789abcdef0123456' });
  bot = await startBot({ deps: { feedback: store } });
});
afterAll(async () => {
  await bot.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function answerButtons(question: string) {
  bot.stub.reset();
  await bot.send(eventRequest(mentionEvent(`<@UBOT0001> ${question}`)));
  const answer = bot.stub.callsTo('chat.postMessage')[0]!;
  return { answer, buttons: buttonsIn(answer.args.blocks) };
}

const notHelpfulOf = (buttons: ReturnType<typeof buttonsIn>) => buttons.find((b) => b.action_id === FEEDBACK_ACTIONS.notHelpful)!;

describe('votes', () => {
  it('five clicks by one person on one answer count once; another person counts too', async () => {
    const { buttons } = await answerButtons('How do performance metrics vary under high load?');
    for (let i = 0; i < 5; i++) await bot.send(click(bot.stub, notHelpfulOf(buttons), { user: 'U0SAMEPERSON' }));
    expect(store.report().totals.notHelpful).toBe(1);
    await bot.send(click(bot.stub, notHelpfulOf(buttons), { user: 'U0OTHERPERSON' }));
    expect(store.report().totals.notHelpful).toBe(2);
    // Changing one's mind replaces the vote.
    await bot.send(
      click(
        bot.stub,
        buttons.find((b) => b.action_id === FEEDBACK_ACTIONS.helpful)!,
        { user: 'U0SAMEPERSON' },
      ),
    );
    expect(store.report().totals).toMatchObject({ helpful: 1, notHelpful: 1 });
  });

  it('the reply is rebuilt from the answer, never from the message in the payload', async () => {
    const { answer, buttons } = await answerButtons('Can containers run on virtual machines?');
    const forged = {
      text: '<!channel> urgent: <https://evil.example/steal|click here>',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '<!channel> <https://evil.example/steal|your answer> <!subteam^S0ALL>' } }],
    };
    const request = click(bot.stub, notHelpfulOf(buttons), { ephemeral: false, message: forged });
    await bot.send(request);
    const reply = bot.stub.callsTo('response_url').find((c) => c.responseId === request.responseId)!;
    const sent = JSON.stringify(reply.args);
    expect(sent).not.toContain('<!channel>');
    expect(sent).not.toContain('evil.example');
    expect(sent).not.toContain('subteam');
    expect(reply.args.replace_original).toBe(true);
    expect(buttonsIn(reply.args.blocks)).toHaveLength(0);
    expect(JSON.stringify(reply.args.blocks)).toContain('Thanks');
    // The same answer, with the thanks in place of the buttons.
    const answerBlocks = (answer.args.blocks as { type: string }[]).filter((b) => b.type !== 'actions');
    expect((reply.args.blocks as unknown[]).slice(0, answerBlocks.length)).toEqual(answerBlocks);
  });

  it('passage ids not in the current index never reach the store or the report', async () => {
    const { buttons } = await answerButtons('Can containers run on virtual machines?');
    const known = JSON.parse(notHelpfulOf(buttons).value!).p as string[];
    const forge = (passageIds: string[]) => ({
      ...notHelpfulOf(buttons),
      value: encodeFeedback({ question: 'forged?', passageIds, surface: 'channel' }),
    });
    const before = store.report().totals.notHelpful;
    await bot.send(click(bot.stub, forge(['../../etc/passwd#0', 'nowhere.md#3']), { user: 'U0FORGER' }));
    expect(store.report().totals.notHelpful).toBe(before);
    expect(bot.logs.some((l) => l.level === 'warn' && /not recorded/.test(String(l.msg)))).toBe(true);
    await bot.send(click(bot.stub, forge(['../../etc/passwd#0', known[0]!]), { user: 'U0FORGER' }));
    const report = JSON.stringify(store.report());
    expect(report).not.toContain('passwd');
    expect(report).toContain(known[0]);
  });
  // Review finding 1: a follow-up answered from thread context finds nothing when searched again alone.
  it('a vote on an answer its question alone no longer gives keeps the answer, rebuilt from the passages shown', async () => {
    const { answer, buttons } = await answerButtons('Can containers run on virtual machines?');
    const known = JSON.parse(notHelpfulOf(buttons).value!).p as string[];
    const followUp = {
      ...notHelpfulOf(buttons),
      value: encodeFeedback({ question: 'does that need any special configuration?', passageIds: known, surface: 'channel' }),
    };
    const request = click(bot.stub, followUp, { user: 'U0FOLLOWUP', ephemeral: false });
    await bot.send(request);
    const reply = bot.stub.callsTo('response_url').find((c) => c.responseId === request.responseId)!;
    expect(reply.args.replace_original).toBe(true);
    const blocks = reply.args.blocks as { type: string; text?: { text: string } }[];
    expect(blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(0);
    expect(JSON.stringify(blocks)).toContain('Short answer');
    // The same passage and source line as the answer that was shown.
    const sourceOf = (bs: unknown) =>
      (bs as { type: string; elements?: { text: string }[] }[]).find((b) => b.type === 'context' && b.elements?.[0]?.text.startsWith('📄'))
        ?.elements?.[0]?.text;
    expect(sourceOf(blocks)).toBe(sourceOf(answer.args.blocks));
    expect(buttonsIn(reply.args.blocks)).toHaveLength(0);
  });

  it('a vote whose passages the knowledge no longer has never replaces the answer', async () => {
    const { buttons } = await answerButtons('Can containers run on virtual machines?');
    const gone = {
      ...notHelpfulOf(buttons),
      value: encodeFeedback({ question: 'does that need any special configuration?', passageIds: ['removed.md#0'], surface: 'channel' }),
    };
    const request = click(bot.stub, gone, { user: 'U0GONE', ephemeral: false });
    await bot.send(request);
    const reply = bot.stub.callsTo('response_url').find((c) => c.responseId === request.responseId)!;
    expect(reply.args.replace_original).not.toBe(true);
    expect(reply.args.response_type).toBe('ephemeral');
    expect(String(reply.args.text)).toMatch(/thanks/i);
  });
});

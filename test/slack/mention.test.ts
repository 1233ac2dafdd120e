import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { mentionEvent } from '../support/fixtures.js';
import { eventRequest } from '../support/signed-request.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const blocksText = (args: Record<string, unknown>) => JSON.stringify(args.blocks);

describe('a mention in a channel', () => {
  it('is answered in its thread with the passage that answers it, its source and section', async () => {
    bot.stub.reset();
    const body = mentionEvent('<@UBOT0001> Can containers run on virtual machines?');
    const response = await bot.send(eventRequest(body));
    expect(response.status).toBe(200);
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe('C0CHANNEL1');
    expect(post.args.thread_ts).toBe(body.event.ts);
    expect(post.token).toBe('xoxb-test-token');
    const blocks = blocksText(post.args);
    expect(blocks).toContain('Can Containers Run on Virtual Machines Seamlessly?');
    expect(blocks).toContain('containers-vs-vms.md');
    expect(blocks).toContain('feedback_helpful');
    expect(String(post.args.text).length).toBeGreaterThan(0);
    const visible = bot.logs.filter((l) => l.level !== 'debug' && l.level !== 'trace');
    expect(JSON.stringify(visible)).not.toContain('Can containers run on virtual machines');
  });

  it('typed in haste, is answered as meant and says which words it read as others', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> hey all, quick q: can contaniers run on virtual machnies? :thinking_face:')));
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    const blocks = blocksText(post.args);
    expect(blocks).toContain('Can Containers Run on Virtual Machines Seamlessly?');
    expect(blocks).toContain('Read “contaniers” as “containers”, “machnies” as “machines”.');
  });

  it('answers each of two questions asked in one mention, each under the question it answers', async () => {
    bot.stub.reset();
    await bot.send(
      eventRequest(mentionEvent('<@UBOT0001> what licensing costs do VMs have? also, how do I migrate from VMs to containers?')),
    );
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    const blocks = blocksText(post.args);
    const licensing = blocks.indexOf('*what licensing costs do VMs have?*');
    const migration = blocks.indexOf('*how do I migrate from VMs to containers?*');
    expect(licensing).toBeGreaterThanOrEqual(0);
    expect(migration).toBeGreaterThan(licensing);
    expect(blocks.indexOf('licensing models differ')).toBeGreaterThan(licensing);
    expect(blocks.indexOf('What Are Best Practices for Migrating From VMS to Containers?')).toBeGreaterThan(migration);
    expect(blocks).toContain('feedback_helpful');
  });

  it('replies in the existing thread when the mention is inside one', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> why are containers lightweight?', { thread_ts: '1515440000.000001' })));
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.thread_ts).toBe('1515440000.000001');
  });

  it('says plainly when the knowledge has no answer, and suggests the command and topics from the headings', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> what is the best pizza topping in Naples?')));
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    const blocks = blocksText(post.args);
    expect(blocks).toContain("couldn't find");
    expect(blocks).toContain('/containers-or-vms');
    const headings = bot.knowledge.index.passages.flatMap((p) => p.headings.slice(1)).filter((h) => h.endsWith('?'));
    expect(headings.some((h) => blocks.includes(h))).toBe(true);
    expect(blocks).not.toContain('feedback_helpful');
    expect(bot.feedback.gaps.at(-1)?.question).toContain('pizza');
  });

  it('answers a bare mention with help', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001>')));
    const post = await bot.stub.waitFor((c) => c.method === 'chat.postMessage');
    expect(blocksText(post.args)).toContain('/containers-or-vms');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryKeys, MemorySeenEventStore, SEEN_EVENT_TTL_MS } from '../../src/slack/middleware/seen-events.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { mentionEvent } from '../support/fixtures.js';
import { eventRequest } from '../support/signed-request.js';

describe('MemorySeenEventStore', () => {
  it('lets the first claim through, refuses repeats until the TTL has passed', async () => {
    let now = 1_000;
    const store = new MemorySeenEventStore(() => now);
    expect(await store.claim('event:Ev1', 60_000)).toBe(true);
    expect(await store.claim('event:Ev1', 60_000)).toBe(false);
    now += 59_999;
    expect(await store.claim('event:Ev1', 60_000)).toBe(false);
    now += 2;
    expect(await store.claim('event:Ev1', 60_000)).toBe(true);
  });

  it('still refuses a replay of the first key after 60,000 others within the TTL (no count cap)', async () => {
    let now = 0;
    const store = new MemorySeenEventStore(() => now);
    expect(await store.claim('event:first', SEEN_EVENT_TTL_MS)).toBe(true);
    for (let i = 0; i < 60_000; i += 1) {
      now += 1;
      await store.claim(`event:${i}`, SEEN_EVENT_TTL_MS);
    }
    expect(await store.claim('event:first', SEEN_EVENT_TTL_MS)).toBe(false);
    expect(store.size).toBe(60_001);
  });

  it('is bounded by time: keys older than the TTL are forgotten as new ones arrive', async () => {
    let now = 0;
    const store = new MemorySeenEventStore(() => now);
    for (let i = 0; i < 1_000; i += 1) await store.claim(`event:old${i}`, 60_000);
    expect(store.size).toBe(1_000);
    now += 60_001;
    for (let i = 0; i < 10; i += 1) await store.claim(`event:new${i}`, 60_000);
    expect(store.size).toBe(10);
  });
});

describe('deliveryKeys()', () => {
  it('keys events by event_id, and messages and mentions also by channel and ts', () => {
    expect(deliveryKeys({ event_id: 'Ev1', event: { type: 'app_mention', channel: 'C1', ts: '1.2' } })).toEqual([
      'event:Ev1',
      'message:C1:1.2',
    ]);
    expect(deliveryKeys({ event_id: 'Ev2', event: { type: 'app_home_opened', channel: 'D1' } })).toEqual(['event:Ev2']);
    expect(deliveryKeys({ type: 'block_actions' })).toEqual([]);
  });
});

describe('the real app with the memory store', () => {
  const seenEvents = new MemorySeenEventStore();
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ deps: { seenEvents } });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('drops a retry of the first mention sent after 60,000 other deliveries', async () => {
    const first = mentionEvent('Should I use containers or VMs for a database?');
    await bot.send(eventRequest(first));
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);
    // Other deliveries claim keys the way the middleware does (two per mention).
    for (let i = 0; i < 30_000; i += 1) {
      await seenEvents.claim(`event:EvOther${i}`, SEEN_EVENT_TTL_MS);
      await seenEvents.claim(`message:C0OTHER:${i}.000100`, SEEN_EVENT_TTL_MS);
    }
    bot.stub.reset();
    const response = await bot.send(eventRequest(first), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(response.status).toBe(200);
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { deliveryKeys, MemorySeenEventStore } from '../../src/slack/middleware/seen-events.js';

describe('MemorySeenEventStore', () => {
  it('lets the first claim through, refuses repeats until the TTL has passed', async () => {
    let now = 1_000;
    const store = new MemorySeenEventStore(100, () => now);
    expect(await store.claim('event:Ev1', 60_000)).toBe(true);
    expect(await store.claim('event:Ev1', 60_000)).toBe(false);
    now += 59_999;
    expect(await store.claim('event:Ev1', 60_000)).toBe(false);
    now += 2;
    expect(await store.claim('event:Ev1', 60_000)).toBe(true);
  });

  it('stays bounded, forgetting the oldest keys first', async () => {
    const store = new MemorySeenEventStore(10, () => 0);
    for (let i = 0; i < 1_000; i += 1) await store.claim(`event:${i}`, 60_000);
    expect(store.size).toBeLessThanOrEqual(10);
    expect(await store.claim('event:999', 60_000)).toBe(false);
  });
});

describe('deliveryKeys()', () => {
  it('keys events by event_id, and messages and mentions also by channel and ts', () => {
    expect(deliveryKeys({ event_id: 'Ev1', event: { type: 'app_mention', channel: 'C1', ts: '1.2' } })).toEqual(['event:Ev1', 'message:C1:1.2']);
    expect(deliveryKeys({ event_id: 'Ev2', event: { type: 'app_home_opened', channel: 'D1' } })).toEqual(['event:Ev2']);
    expect(deliveryKeys({ type: 'block_actions' })).toEqual([]);
  });
});

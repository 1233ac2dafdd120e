import { DatabaseUnavailableError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { HELP_CHANNEL_CACHE_MS, HelpChannels } from '../../src/slack/help-channels.js';
import type { ChannelSetting, ChannelSettingsStore } from '../../src/store/feedback-store.js';

/** One shared table, as PostgreSQL is for replicas; `down` makes every read fail. */
class SharedStore implements ChannelSettingsStore {
  readonly rows = new Map<string, ChannelSetting>();
  reads = 0;
  down = false;
  async channelSetting(channelId: string): Promise<ChannelSetting | undefined> {
    this.reads += 1;
    if (this.down) throw new DatabaseUnavailableError('the feedback database (DATABASE_URL) cannot be reached');
    return this.rows.get(channelId);
  }
  async setChannelSetting(setting: ChannelSetting): Promise<boolean> {
    if (this.down) return false;
    this.rows.set(setting.channelId, setting);
    return true;
  }
}

function replica(store: ChannelSettingsStore, clock: { now: number }, warnings: unknown[] = []) {
  return new HelpChannels({
    listed: ['C0LISTED'],
    store,
    logger: { warn: (...args: unknown[]) => warnings.push(args) },
    now: () => clock.now,
  });
}

describe('HelpChannels', () => {
  it('a change on one replica applies there at once and on the others within HELP_CHANNEL_CACHE_MS', async () => {
    const store = new SharedStore();
    const clock = { now: 1_000_000 };
    const [a, b] = [replica(store, clock), replica(store, clock)];
    expect(await b.autoAnswers('C0NEW')).toBe(false);
    expect(await b.autoAnswers('C0LISTED')).toBe(true);
    expect(await a.set('C0NEW', true)).toBe(true);
    expect(await a.set('C0LISTED', false)).toBe(true);
    expect(await a.autoAnswers('C0NEW')).toBe(true);
    expect(await a.autoAnswers('C0LISTED')).toBe(false);
    // b trusts what it read until its entry expires, and no longer.
    clock.now += HELP_CHANNEL_CACHE_MS - 1;
    expect(await b.autoAnswers('C0NEW')).toBe(false);
    clock.now += 1;
    expect(await b.autoAnswers('C0NEW')).toBe(true);
    expect(await b.autoAnswers('C0LISTED')).toBe(false);
    // The command reads afresh: it shows the stored setting wherever it runs, and the replica it ran on follows it.
    await a.set('C0NEW', false);
    expect(await b.autoAnswers('C0NEW')).toBe(true);
    expect(await b.state('C0NEW')).toMatchObject({ on: false, source: 'stored', listed: false });
    expect(await b.autoAnswers('C0NEW')).toBe(false);
    expect(HELP_CHANNEL_CACHE_MS).toBeLessThanOrEqual(60_000);
  });

  it('reads a channel once while fresh, however many messages arrive at the same moment', async () => {
    const store = new SharedStore();
    const clock = { now: 0 };
    const channels = replica(store, clock);
    expect(await Promise.all(Array.from({ length: 20 }, () => channels.autoAnswers('C0LISTED')))).toEqual(Array(20).fill(true));
    expect(store.reads).toBe(1);
  });

  it('falls back to AUTO_ANSWER_CHANNELS with one warning per channel while the store cannot be read, and recovers', async () => {
    const store = new SharedStore();
    store.rows.set('C0LISTED', { channelId: 'C0LISTED', autoAnswer: false });
    store.down = true;
    const clock = { now: 0 };
    const warnings: unknown[] = [];
    const channels = replica(store, clock, warnings);
    for (let i = 0; i < 10; i += 1) expect(await channels.autoAnswers('C0LISTED')).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(await channels.state('C0LISTED')).toMatchObject({
      on: true,
      source: 'variable',
      storeProblem: 'the feedback database (DATABASE_URL) cannot be reached',
    });
    expect(await channels.set('C0LISTED', true)).toBe(false);
    store.down = false;
    clock.now += HELP_CHANNEL_CACHE_MS;
    expect(await channels.autoAnswers('C0LISTED')).toBe(false);
  });

  it('without a store, the variable alone decides and nothing can be set', async () => {
    const channels = new HelpChannels({ listed: ['C0LISTED'], logger: { warn: () => {} } });
    expect(channels.changeable).toBe(false);
    expect(await channels.autoAnswers('C0LISTED')).toBe(true);
    expect(await channels.set('C0OTHER', true)).toBe(false);
    expect(await channels.autoAnswers('C0OTHER')).toBe(false);
  });

  it('keeps a bounded number of channels in memory', async () => {
    const store = new SharedStore();
    const channels = replica(store, { now: 0 });
    for (let i = 0; i < 1_500; i += 1) await channels.autoAnswers(`C0N${i}`);
    const reads = store.reads;
    // The most recent ones are still cached; the oldest were let go.
    await channels.autoAnswers('C0N1499');
    expect(store.reads).toBe(reads);
    await channels.autoAnswers('C0N0');
    expect(store.reads).toBe(reads + 1);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackStore, PassageRef } from '../../src/store/feedback-store.js';
import { PostgresFeedbackStore } from '../../src/store/postgres-feedback-store.js';
import { databasePath, SqliteFeedbackStore } from '../../src/store/sqlite-feedback-store.js';
import { startPostgres, type PostgresServer } from '../support/services.js';

/**
 * One contract, two stores: everything the bot and `npm run report` rely on holds for the
 * SQLite file and for PostgreSQL alike. Each test gets an empty store; `open` makes another
 * handle on the same data (a second replica, or the report CLI next to the bot).
 */

const NOW = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number, hours = 0) => new Date(NOW.getTime() - n * 86_400_000 - hours * 3_600_000);
const KEY = 'contract-test-hash-key-0123456789abcdef';

const overhead: PassageRef = { id: 'guide.md#3', source: 'guide.md', heading: 'Guide › Overhead' };
const isolation: PassageRef = { id: 'security.md#1', source: 'security.md', heading: 'Security › Isolation' };

interface Backend {
  /** A handle on this test's data; `key` is the user hash key. */
  open(key?: string): Promise<FeedbackStore & { hashUser(userId: string): string }>;
  /** Every stored row as text, to look for what must never be stored. */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
}

let postgres: PostgresServer;
let databases = 0;

const backends: [string, () => Promise<Backend>][] = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'contract-sqlite-'));
      const handles: SqliteFeedbackStore[] = [];
      return {
        async open(key = KEY) {
          const store = SqliteFeedbackStore.open(databasePath(dir), { hashKey: key });
          handles.push(store);
          return store;
        },
        async dump() {
          const db = new Database(databasePath(dir), { readonly: true });
          try {
            return JSON.stringify(['feedback', 'feedback_passages', 'gaps'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
          } finally {
            db.close();
          }
        },
        async cleanup() {
          for (const h of handles) h.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      databases += 1;
      const url = postgres.createDatabase(`contract_${databases}`);
      const handles: PostgresFeedbackStore[] = [];
      return {
        async open(key = KEY) {
          const store = new PostgresFeedbackStore(url, { hashKey: key });
          handles.push(store);
          expect(await store.ready()).toBe(true);
          return store;
        },
        async dump() {
          const client = new pg.Client(url);
          await client.connect();
          try {
            const tables = [];
            for (const t of ['feedback', 'feedback_passages', 'gaps']) tables.push((await client.query(`SELECT * FROM ${t}`)).rows);
            return JSON.stringify(tables);
          } finally {
            await client.end();
          }
        },
        async cleanup() {
          for (const h of handles) await h.close();
        },
      };
    },
  ],
];

beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

describe.each(backends)('FeedbackStore contract: %s', (_name, makeBackend) => {
  let backend: Backend;
  let s: Awaited<ReturnType<Backend['open']>>;
  const setUp = async () => {
    backend = await makeBackend();
    s = await backend.open();
  };
  afterEach(async () => {
    await backend?.cleanup();
  });

  it('groups unanswered questions by normalized text, most frequent first, with the latest wording', async () => {
    await setUp();
    await s.recordGap({ question: 'Can I run Windows on a Mac?', surface: 'channel', userId: 'U1', at: daysAgo(3) });
    await s.recordGap({ question: 'can i run windows on a mac', surface: 'dm', userId: 'U2', at: daysAgo(2) });
    await s.recordGap({ question: 'CAN I RUN  WINDOWS on a Mac ??', surface: 'dm', userId: 'U2', at: daysAgo(1) });
    await s.recordGap({ question: 'what is the weather today?', surface: 'local', userId: 'local', at: daysAgo(0, 1) });
    expect((await s.report({ now: NOW })).unanswered).toEqual([
      {
        question: 'CAN I RUN  WINDOWS on a Mac ??',
        key: 'can i run windows on a mac',
        count: 3,
        people: 2,
        lastAsked: daysAgo(1).toISOString(),
      },
      {
        question: 'what is the weather today?',
        key: 'what is the weather today',
        count: 1,
        people: 1,
        lastAsked: daysAgo(0, 1).toISOString(),
      },
    ]);
  });

  it('breaks ties by the latest time and then by the key, byte order', async () => {
    await setUp();
    for (const q of ['beta question', 'Alpha question', 'alpha question two', 'Zulu'])
      await s.recordGap({ question: q, surface: 'dm', userId: 'U1', at: daysAgo(1) });
    await s.recordGap({ question: 'newest', surface: 'dm', userId: 'U1', at: daysAgo(0, 1) });
    expect((await s.report({ now: NOW })).unanswered.map((q) => q.key)).toEqual([
      'newest',
      'alpha question',
      'alpha question two',
      'beta question',
      'zulu',
    ]);
  });

  it('ranks passages by Not helpful votes, with the source and heading recorded at vote time', async () => {
    await setUp();
    await s.recordFeedback({
      question: 'why are VMs slow?',
      passages: [overhead, isolation],
      vote: 'not-helpful',
      surface: 'channel',
      userId: 'U1',
      at: daysAgo(2),
    });
    await s.recordFeedback({
      question: 'vm overhead?',
      passages: [overhead],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U2',
      at: daysAgo(1),
    });
    await s.recordFeedback({
      question: 'vm overhead?',
      passages: [overhead],
      vote: 'helpful',
      surface: 'dm',
      userId: 'U3',
      at: daysAgo(1),
    });
    await s.recordFeedback({ question: 'isolation?', passages: [isolation], vote: 'helpful', surface: 'dm', userId: 'U3', at: daysAgo(1) });
    expect((await s.report({ now: NOW })).notHelpful).toEqual([
      {
        passageId: 'guide.md#3',
        source: 'guide.md',
        heading: 'Guide › Overhead',
        notHelpful: 2,
        helpful: 1,
        lastVoted: daysAgo(1).toISOString(),
      },
      {
        passageId: 'security.md#1',
        source: 'security.md',
        heading: 'Security › Isolation',
        notHelpful: 1,
        helpful: 1,
        lastVoted: daysAgo(2).toISOString(),
      },
    ]);
  });

  // Review finding 12: a source or heading recorded with an override (a file named so, an older bot) is shown as stored.
  it("strips bidirectional controls from the report's questions, sources and headings", async () => {
    await setUp();
    const tricky: PassageRef = { id: 'tricky.md#0', source: 'tri\u202Eck\u202Cy.md', heading: 'Guide \u2066› Over\u2069head' };
    await s.recordFeedback({
      question: 'why so slow?',
      passages: [tricky],
      vote: 'not-helpful',
      surface: 'channel',
      userId: 'U1',
      at: daysAgo(1),
    });
    await s.recordGap({ question: 'is \u202Ethis\u202C hidden?', surface: 'dm', userId: 'U1', at: daysAgo(1) });
    const report = await s.report({ now: NOW });
    expect(report.notHelpful.map((p) => [p.source, p.heading])).toEqual([['tricky.md', 'Guide › Overhead']]);
    expect(report.unanswered.map((q) => q.question)).toEqual(['is this hidden?']);
    expect(JSON.stringify(report)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps one vote per person per answer, the last one, whichever handle (replica) took it', async () => {
    await setUp();
    const other = await backend.open();
    const vote = (store: FeedbackStore, userId: string, v: 'helpful' | 'not-helpful', at: Date) =>
      store.recordFeedback({ question: 'vm overhead?', passages: [overhead], vote: v, surface: 'dm', userId, at });
    for (let i = 0; i < 5; i += 1) expect(await vote(i % 2 ? other : s, 'U1', 'not-helpful', daysAgo(2, -i))).toBe(true);
    await vote(other, 'U1', 'helpful', daysAgo(1));
    await vote(s, 'U2', 'not-helpful', daysAgo(1));
    // Another answer (other passages) is another vote.
    await s.recordFeedback({
      question: 'vm overhead?',
      passages: [isolation],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(1),
    });
    const report = await s.report({ now: NOW });
    expect(report.notHelpful.map((p) => [p.passageId, p.notHelpful, p.helpful])).toEqual([
      ['guide.md#3', 1, 1],
      ['security.md#1', 1, 0],
    ]);
    expect(report.totals).toMatchObject({ helpful: 1, notHelpful: 2 });
    expect((await backend.dump()).match(/"passage_id"/g)).toHaveLength(3);
  });

  it('keeps a passage id that now names another section apart from the old one', async () => {
    await setUp();
    await s.recordFeedback({ question: 'a', passages: [overhead], vote: 'not-helpful', surface: 'dm', userId: 'U1', at: daysAgo(2) });
    await s.recordFeedback({
      question: 'b',
      passages: [{ ...overhead, heading: 'Guide › Licensing' }],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(1),
    });
    expect((await s.report({ now: NOW })).notHelpful.map((p) => p.heading)).toEqual(['Guide › Licensing', 'Guide › Overhead']);
  });

  it('totals each of the last 14 UTC days, zero-filled, and leaves older rows out of the totals', async () => {
    await setUp();
    await s.recordGap({ question: 'q1', surface: 'dm', userId: 'U1', at: daysAgo(0, 2) });
    await s.recordGap({ question: 'q2', surface: 'dm', userId: 'U1', at: daysAgo(0, 3) });
    await s.recordFeedback({ question: 'q3', passages: [overhead], vote: 'helpful', surface: 'dm', userId: 'U1', at: daysAgo(13) });
    await s.recordFeedback({ question: 'q4', passages: [overhead], vote: 'not-helpful', surface: 'dm', userId: 'U1', at: daysAgo(5) });
    await s.recordGap({ question: 'too old for the window', surface: 'dm', userId: 'U1', at: daysAgo(14) });
    // The last millisecond of a day belongs to that day.
    await s.recordGap({ question: 'just before midnight', surface: 'dm', userId: 'U1', at: new Date('2026-11-25T23:59:59.999Z') });
    const report = await s.report({ now: NOW });
    expect(report.daily).toHaveLength(14);
    expect(report.daily[0]).toEqual({ day: '2026-11-14', abstained: 0, helpful: 1, notHelpful: 0 });
    expect(report.daily[8]).toEqual({ day: '2026-11-22', abstained: 0, helpful: 0, notHelpful: 1 });
    expect(report.daily[11]).toEqual({ day: '2026-11-25', abstained: 1, helpful: 0, notHelpful: 0 });
    expect(report.daily[13]).toEqual({ day: '2026-11-27', abstained: 2, helpful: 0, notHelpful: 0 });
    expect(report.totals).toEqual({ abstained: 3, helpful: 1, notHelpful: 1 });
    expect(report.unanswered).toHaveLength(4);
  });

  it('honours the limit and the day window, and survives a JSON round trip unchanged', async () => {
    await setUp();
    for (let i = 0; i < 5; i++) await s.recordGap({ question: `question ${i}`, surface: 'dm', userId: 'U1', at: daysAgo(i) });
    const report = await s.report({ now: NOW, limit: 2, days: 3 });
    expect(report.unanswered).toHaveLength(2);
    expect(report.daily.map((d) => d.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(report.totals.abstained).toBe(3);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses a vote or surface outside the schema with false, never a throw, and stores nothing', async () => {
    await setUp();
    expect(await s.recordFeedback({ question: 'q', passages: [], vote: 'meh', surface: 'dm', userId: 'U1' } as never)).toBe(false);
    expect(await s.recordGap({ question: 'q', surface: 'email', userId: 'U1' } as never)).toBe(false);
    expect((await s.report({ now: NOW })).totals).toEqual({ abstained: 0, helpful: 0, notHelpful: 0 });
    // The store still works after a refusal.
    expect(await s.recordGap({ question: 'fine', surface: 'dm', userId: 'U1', at: daysAgo(0, 1) })).toBe(true);
  });

  it('cuts a question at 2,000 characters and redacts names before storing it', async () => {
    await setUp();
    await s.recordGap({
      question: `<@U0SECRET42> asked ${'x'.repeat(5_000)}`,
      surface: 'channel',
      userId: 'U0SECRET42',
      at: daysAgo(0, 1),
    });
    const [row] = (await s.report({ now: NOW })).unanswered;
    expect(row!.question.length).toBe(2_000);
    expect(row!.question.startsWith('@someone asked xxx')).toBe(true);
  });

  it('another handle on the same data (a second replica, the report CLI) sees every write and hashes alike', async () => {
    await setUp();
    const other = await backend.open();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? s : other).recordGap({ question: `from both ${i % 4}`, surface: 'dm', userId: `U${i % 3}`, at: daysAgo(0, 1) }),
      ),
    );
    const report = await other.report({ now: NOW });
    expect(report.totals.abstained).toBe(20);
    expect(report.unanswered.map((q) => q.count)).toEqual([5, 5, 5, 5]);
    expect(other.hashUser('U1')).toBe(s.hashUser('U1'));
  });

  it('never stores the user id, only its keyed hash; other keys give other hashes', async () => {
    await setUp();
    const userId = 'U0SECRET42';
    await s.recordFeedback({ question: 'is docker a vm?', passages: [overhead], vote: 'not-helpful', surface: 'channel', userId });
    await s.recordGap({
      question: `<@${userId}> said <@U0OTHER99|bob> knows, see https://acme.slack.com/archives/C0123/p1700000000000001`,
      surface: 'channel',
      userId,
    });
    const rows = await backend.dump();
    expect(rows).toContain('is docker a vm?');
    expect(rows).toContain('@someone said @someone knows, see [message link]');
    for (const secret of [userId, userId.toLowerCase(), 'U0OTHER99', 'bob', 'slack.com/archives']) expect(rows).not.toContain(secret);
    expect(rows).toContain(s.hashUser(userId));
    expect(s.hashUser(userId)).toMatch(/^[0-9a-f]{64}$/);
    expect((await backend.open('another-deployment-key-0123456789abcdef')).hashUser(userId)).not.toBe(s.hashUser(userId));
  });

  it('purges feedback, its passages and gaps older than the retention days', async () => {
    await setUp();
    await s.recordFeedback({
      question: 'old',
      passages: [overhead, isolation],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(91),
    });
    await s.recordGap({ question: 'old gap', surface: 'dm', userId: 'U1', at: daysAgo(90, 1) });
    await s.recordFeedback({
      question: 'recent',
      passages: [isolation],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(89),
    });
    await s.recordGap({ question: 'recent gap', surface: 'dm', userId: 'U1', at: daysAgo(10) });
    expect(await s.purge(90, NOW)).toBe(2);
    expect(await s.purge(90, NOW)).toBe(0);
    const report = await s.report({ now: NOW });
    expect(report.unanswered.map((q) => q.question)).toEqual(['recent gap']);
    expect(report.notHelpful).toEqual([expect.objectContaining({ passageId: 'security.md#1', notHelpful: 1 })]);
    expect((await backend.dump()).match(/"passage_id"/g)).toHaveLength(1);
  });

  it('keeps everything when opened again (migrations are re-run as a no-op)', async () => {
    await setUp();
    await s.recordGap({ question: 'still here?', surface: 'dm', userId: 'U1', at: daysAgo(1) });
    await s.close();
    const again = await backend.open();
    expect((await again.report({ now: NOW })).unanswered.map((q) => q.question)).toEqual(['still here?']);
  });

  it('keeps one auto-answer setting per channel: none until set, the latest one wins', async () => {
    await setUp();
    expect(await s.channelSetting('C0HELP1')).toBeUndefined();
    expect(await s.setChannelSetting({ channelId: 'C0HELP1', autoAnswer: true, at: daysAgo(2) })).toBe(true);
    expect(await s.setChannelSetting({ channelId: 'G0PRIVATE2', autoAnswer: false, at: daysAgo(1) })).toBe(true);
    expect(await s.channelSetting('C0HELP1')).toEqual({ channelId: 'C0HELP1', autoAnswer: true, at: daysAgo(2) });
    expect(await s.setChannelSetting({ channelId: 'C0HELP1', autoAnswer: false, at: daysAgo(0, 1) })).toBe(true);
    expect(await s.channelSetting('C0HELP1')).toEqual({ channelId: 'C0HELP1', autoAnswer: false, at: daysAgo(0, 1) });
    expect(await s.channelSetting('G0PRIVATE2')).toEqual({ channelId: 'G0PRIVATE2', autoAnswer: false, at: daysAgo(1) });
    expect(await s.channelSetting('C0OTHER3')).toBeUndefined();
  });

  it('shares channel settings between handles (replicas) and keeps them across a reopen and a purge', async () => {
    await setUp();
    const other = await backend.open();
    await other.setChannelSetting({ channelId: 'C0HELP1', autoAnswer: true, at: daysAgo(400) });
    expect((await s.channelSetting('C0HELP1'))?.autoAnswer).toBe(true);
    // Settings are configuration, not feedback: retention leaves them alone, however old.
    expect(await s.purge(90, NOW)).toBe(0);
    await s.close();
    const again = await backend.open();
    expect(await again.channelSetting('C0HELP1')).toEqual({ channelId: 'C0HELP1', autoAnswer: true, at: daysAgo(400) });
  });

  it('refuses a channel id that is not one with false, and stores nothing', async () => {
    await setUp();
    for (const channelId of ['', 'c0lower', "C0'; DROP TABLE channel_settings; --", 'C'.repeat(41)]) {
      expect(await s.setChannelSetting({ channelId, autoAnswer: true })).toBe(false);
    }
    expect(await s.channelSetting("C0'; DROP TABLE channel_settings; --")).toBeUndefined();
    expect(await s.setChannelSetting({ channelId: 'C0FINE1', autoAnswer: true })).toBe(true);
  });
});

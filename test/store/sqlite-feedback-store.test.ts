import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoopFeedbackStore, type FeedbackStore, type PassageRef } from '../../src/store/feedback-store.js';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../../src/store/migrations.js';
import { startRetention } from '../../src/store/retention.js';
import { databasePath, openFeedbackStore, SqliteFeedbackStore } from '../../src/store/sqlite-feedback-store.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number, hours = 0) => new Date(NOW.getTime() - n * 86_400_000 - hours * 3_600_000);

const overhead: PassageRef = { id: 'guide.md#3', source: 'guide.md', heading: 'Guide › Overhead' };
const isolation: PassageRef = { id: 'security.md#1', source: 'security.md', heading: 'Security › Isolation' };

let dir: string;
const open: FeedbackStore[] = [];

const HASH_KEY = 'test-user-hash-key-0123456789abcdef0123456789';

function store(options: { hashKey?: string } = {}): SqliteFeedbackStore {
  const s = SqliteFeedbackStore.open(databasePath(dir), { hashKey: HASH_KEY, ...options });
  open.push(s);
  return s;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-store-'));
});

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('creates the schema from an empty file, in WAL mode', () => {
    store().close();
    const db = new Database(databasePath(dir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(['channel_settings', 'feedback', 'feedback_passages', 'gaps']);
    db.close();
  });

  it('re-running them is a no-op that keeps the data and the hashes', () => {
    const first = store();
    first.recordGap({ question: 'how do I run Windows on a mac?', surface: 'dm', userId: 'U1', at: daysAgo(1) });
    const hash = first.hashUser('U1');
    first.close();

    const db = new Database(databasePath(dir));
    expect(migrate(db)).toEqual([]);
    db.close();

    const second = store();
    expect(second.hashUser('U1')).toBe(hash);
    expect(second.report({ now: NOW }).unanswered).toHaveLength(1);
  });

  it('applies each pending migration once, in order, and records the version', () => {
    const db = new Database(databasePath(dir));
    const extra = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'test column', sql: 'ALTER TABLE gaps ADD COLUMN note TEXT' },
    ];
    expect(migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db, extra)).toEqual([SCHEMA_VERSION + 1]);
    expect(migrate(db, extra)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    db.close();
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = new Database(databasePath(dir));
    migrate(db);
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'half good', sql: 'CREATE TABLE extra (x INTEGER); CREATE TABLE gaps (y INTEGER);' },
    ];
    expect(() => migrate(db, broken)).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer version of the bot', () => {
    const db = new Database(databasePath(dir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => store()).toThrow(/newer than this bot knows/);
    const fallback = openFeedbackStore(dir);
    expect(fallback.persistent).toBe(false);
    expect(fallback.reason).toMatch(/schema version/);
  });
});

describe('one vote per person per answer', () => {
  it('five votes by one person on one answer count once, and the last one wins', () => {
    const s = store();
    for (let i = 0; i < 4; i++) {
      s.recordFeedback({
        question: 'Why are VMs slow?',
        passages: [overhead, isolation],
        vote: 'not-helpful',
        surface: 'channel',
        userId: 'U1',
        at: daysAgo(0, 5 - i),
      });
    }
    s.recordFeedback({
      question: 'why are vms slow',
      passages: [overhead, isolation],
      vote: 'helpful',
      surface: 'channel',
      userId: 'U1',
      at: daysAgo(0, 1),
    });
    const report = s.report({ now: NOW });
    expect(report.totals).toEqual({ abstained: 0, helpful: 1, notHelpful: 0 });
    expect(report.notHelpful).toEqual([]);
    const db = new Database(databasePath(dir), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM feedback_passages').get()).toEqual({ n: 2 });
    db.close();
  });

  it('counts different people, and different answers by one person, apart', () => {
    const s = store();
    s.recordFeedback({
      question: 'vm overhead?',
      passages: [overhead],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(0, 1),
    });
    s.recordFeedback({
      question: 'vm overhead?',
      passages: [overhead],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U2',
      at: daysAgo(0, 1),
    });
    s.recordFeedback({
      question: 'vm overhead?',
      passages: [isolation],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(0, 1),
    });
    s.recordFeedback({
      question: 'vm isolation?',
      passages: [overhead],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(0, 1),
    });
    expect(s.report({ now: NOW }).totals.notHelpful).toBe(4);
  });

  it("migrating a version 1 database drops the salt and keeps each person's last vote per answer", () => {
    const db = new Database(databasePath(dir));
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO meta (key, value) VALUES ('user_hash_salt', 'oldsalt')").run();
    const vote = db.prepare('INSERT INTO feedback (at, question, question_key, vote, surface, user_hash) VALUES (?, ?, ?, ?, ?, ?)');
    const passage = db.prepare('INSERT INTO feedback_passages (feedback_id, position, passage_id, source, heading) VALUES (?, ?, ?, ?, ?)');
    for (const [at, v, user] of [
      [1, 'not-helpful', 'h1'],
      [2, 'not-helpful', 'h1'],
      [3, 'helpful', 'h1'],
      [4, 'not-helpful', 'h2'],
    ] as const) {
      const id = vote.run(at, 'q', 'q', v, 'dm', user).lastInsertRowid;
      passage.run(id, 0, 'guide.md#3', 'guide.md', 'Guide');
    }
    db.close();
    const s = store();
    expect(s.report({ now: new Date(10) }).notHelpful).toEqual([
      expect.objectContaining({ passageId: 'guide.md#3', notHelpful: 1, helpful: 1 }),
    ]);
    s.close();
    const after = new Database(databasePath(dir), { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'meta'").all()).toEqual([]);
    expect(after.prepare('SELECT count(*) AS n FROM feedback_passages').get()).toEqual({ n: 2 });
    after.close();
  });

  it('migrating a version 2 database adds channel settings and keeps its rows', () => {
    const db = new Database(databasePath(dir));
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare('INSERT INTO gaps (at, question, question_key, surface, user_hash) VALUES (?, ?, ?, ?, ?)').run(
      daysAgo(1).getTime(),
      'kept?',
      'kept',
      'dm',
      'h1',
    );
    db.close();
    const s = store();
    expect(s.channelSetting('C0HELP1')).toBeUndefined();
    expect(s.report({ now: NOW }).unanswered.map((q) => q.question)).toEqual(['kept?']);
    expect(s.setChannelSetting({ channelId: 'C0HELP1', autoAnswer: true })).toBe(true);
    expect(s.channelSetting('C0HELP1')?.autoAnswer).toBe(true);
  });
  // Review finding 3: rows stored before redaction covered plain-text names keep them until retention.
  it('migrating a version 3 database re-redacts stored questions, recomputes keys and merges colliding votes (last wins)', () => {
    const db = new Database(databasePath(dir));
    migrate(db, MIGRATIONS.slice(0, 3));
    const gap = db.prepare('INSERT INTO gaps (at, question, question_key, surface, user_hash) VALUES (?, ?, ?, ?, ?)');
    gap.run(daysAgo(2).getTime(), 'ask @alice.smith in #project-bluefin?', 'ask @alice.smith in #project-bluefin', 'dm', 'h1');
    gap.run(daysAgo(1).getTime(), 'ask @bob.jones in #project-redfin?', 'ask @bob.jones in #project-redfin', 'dm', 'h2');
    const vote = db.prepare(
      'INSERT INTO feedback (at, question, question_key, vote, surface, user_hash, answer_key) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const passage = db.prepare('INSERT INTO feedback_passages (feedback_id, position, passage_id, source, heading) VALUES (?, ?, ?, ?, ?)');
    const votes = [
      [daysAgo(3).getTime(), 'did @alice.smith measure vm overhead?', 'not-helpful', 'h1'],
      [daysAgo(2).getTime(), 'did @bob.jones measure vm overhead?', 'helpful', 'h1'],
      [daysAgo(2).getTime(), 'did @bob.jones measure vm overhead?', 'not-helpful', 'h2'],
    ] as const;
    for (const [at, q, v, user] of votes) {
      const key = q.toLowerCase().replace(/[?]/g, '');
      const id = vote.run(at, q, key, v, 'dm', user, `${key}\nguide.md#3`).lastInsertRowid;
      passage.run(id, 0, 'guide.md#3', 'guide.md', 'Guide');
    }
    db.close();

    const s = store();
    const report = s.report({ now: NOW });
    // h1's two votes now name the same answer: the later (helpful) one is kept; h2's stays.
    expect(report.notHelpful).toEqual([expect.objectContaining({ passageId: 'guide.md#3', notHelpful: 1, helpful: 1 })]);
    // The two gaps now read alike and are grouped.
    expect(report.unanswered).toHaveLength(1);
    expect(report.unanswered[0]).toMatchObject({ count: 2, people: 2 });
    s.close();
    const after = new Database(databasePath(dir), { readonly: true });
    const dump = JSON.stringify(['feedback', 'feedback_passages', 'gaps'].map((t) => after.prepare(`SELECT * FROM ${t}`).all()));
    after.close();
    for (const name of ['alice', 'bob.jones', 'bluefin', 'redfin']) expect(dump).not.toContain(name);
    // A new vote on the same answer keys alike (the migrated keys are what the bot computes now).
    const again = store();
    again.recordFeedback({
      question: 'did @carol.white measure vm overhead?',
      passages: [{ id: 'guide.md#3', source: 'guide.md', heading: 'Guide' }],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U9',
      at: daysAgo(0, 1),
    });
    expect(again.report({ now: NOW }).notHelpful[0]).toMatchObject({ notHelpful: 2, helpful: 1 });
  });
});

describe('recording and reporting', () => {
  it('groups unanswered questions by normalized text, most frequent first, with the latest wording', () => {
    const s = store();
    s.recordGap({ question: 'Can I run Windows on a Mac?', surface: 'channel', userId: 'U1', at: daysAgo(3) });
    s.recordGap({ question: 'can i run windows on a mac', surface: 'dm', userId: 'U2', at: daysAgo(2) });
    s.recordGap({ question: 'CAN I RUN  WINDOWS on a Mac ??', surface: 'dm', userId: 'U2', at: daysAgo(1) });
    s.recordGap({ question: 'what is the weather today?', surface: 'local', userId: 'local', at: daysAgo(0, 1) });

    const report = s.report({ now: NOW });
    expect(report.unanswered).toEqual([
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

  it('ranks passages by Not helpful votes, with the source and heading recorded at vote time', () => {
    const s = store();
    s.recordFeedback({
      question: 'why are VMs slow?',
      passages: [overhead, isolation],
      vote: 'not-helpful',
      surface: 'channel',
      userId: 'U1',
      at: daysAgo(2),
    });
    s.recordFeedback({ question: 'vm overhead?', passages: [overhead], vote: 'not-helpful', surface: 'dm', userId: 'U2', at: daysAgo(1) });
    s.recordFeedback({ question: 'vm overhead?', passages: [overhead], vote: 'helpful', surface: 'dm', userId: 'U3', at: daysAgo(1) });
    s.recordFeedback({ question: 'isolation?', passages: [isolation], vote: 'helpful', surface: 'dm', userId: 'U3', at: daysAgo(1) });

    const { notHelpful } = s.report({ now: NOW });
    expect(notHelpful).toEqual([
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

  it('keeps a passage id that now names another section apart from the old one', () => {
    const s = store();
    s.recordFeedback({ question: 'a', passages: [overhead], vote: 'not-helpful', surface: 'dm', userId: 'U1', at: daysAgo(2) });
    s.recordFeedback({
      question: 'b',
      passages: [{ ...overhead, heading: 'Guide › Licensing' }],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(1),
    });
    expect(s.report({ now: NOW }).notHelpful.map((p) => p.heading)).toEqual(['Guide › Licensing', 'Guide › Overhead']);
  });

  it('totals each of the last 14 UTC days, zero-filled, and leaves older rows out of the totals', () => {
    const s = store();
    s.recordGap({ question: 'q1', surface: 'dm', userId: 'U1', at: daysAgo(0, 2) });
    s.recordGap({ question: 'q2', surface: 'dm', userId: 'U1', at: daysAgo(0, 3) });
    s.recordFeedback({ question: 'q3', passages: [overhead], vote: 'helpful', surface: 'dm', userId: 'U1', at: daysAgo(13) });
    s.recordFeedback({ question: 'q4', passages: [overhead], vote: 'not-helpful', surface: 'dm', userId: 'U1', at: daysAgo(5) });
    s.recordGap({ question: 'too old for the window', surface: 'dm', userId: 'U1', at: daysAgo(14) });

    const report = s.report({ now: NOW });
    expect(report.daily).toHaveLength(14);
    expect(report.daily[0]).toEqual({ day: '2026-11-14', abstained: 0, helpful: 1, notHelpful: 0 });
    expect(report.daily[8]).toEqual({ day: '2026-11-22', abstained: 0, helpful: 0, notHelpful: 1 });
    expect(report.daily[13]).toEqual({ day: '2026-11-27', abstained: 2, helpful: 0, notHelpful: 0 });
    expect(report.totals).toEqual({ abstained: 2, helpful: 1, notHelpful: 1 });
    // The lists cover every retained row, the window only the per-day totals.
    expect(report.unanswered).toHaveLength(3);
  });

  it('honours the limit and the day window', () => {
    const s = store();
    for (let i = 0; i < 5; i++) s.recordGap({ question: `question ${i}`, surface: 'dm', userId: 'U1', at: daysAgo(i) });
    const report = s.report({ now: NOW, limit: 2, days: 3 });
    expect(report.unanswered).toHaveLength(2);
    expect(report.daily.map((d) => d.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(report.totals.abstained).toBe(3);
  });

  it('is JSON-friendly: it survives a round trip unchanged', () => {
    const s = store();
    s.recordGap({ question: 'q', surface: 'dm', userId: 'U1', at: daysAgo(1) });
    const report = s.report({ now: NOW });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('rejects a vote or surface outside the schema without throwing', () => {
    const s = store();
    const bad = { question: 'q', passages: [], vote: 'meh', surface: 'dm', userId: 'U1' } as never;
    expect(s.recordFeedback(bad)).toBe(false);
    expect(s.recordGap({ question: 'q', surface: 'email', userId: 'U1' } as never)).toBe(false);
    expect(s.report({ now: NOW }).totals).toEqual({ abstained: 0, helpful: 0, notHelpful: 0 });
  });
});

describe('sharing the file', () => {
  it('a second connection (the report CLI next to the bot) sees what the first one wrote', () => {
    const bot = store();
    const cli = store();
    bot.recordGap({ question: 'seen by the other connection?', surface: 'dm', userId: 'U1', at: daysAgo(0, 1) });
    expect(cli.report({ now: NOW }).unanswered.map((q) => q.question)).toEqual(['seen by the other connection?']);
    expect(cli.hashUser('U1')).toBe(bot.hashUser('U1'));
  });
});

describe('privacy', () => {
  it('never writes the user id, only a salted hash, anywhere in the database files', () => {
    const userId = 'U0SECRET42';
    const s = store();
    s.recordFeedback({ question: 'is docker a vm?', passages: [overhead], vote: 'not-helpful', surface: 'channel', userId });
    s.recordGap({ question: 'who won the match?', surface: 'dm', userId });
    s.recordGap({
      question: `<@${userId}> said <@U0OTHER99|bob> knows, see https://acme.slack.com/archives/C0123/p1700000000000001`,
      surface: 'channel',
      userId,
    });
    // Read the raw bytes while the WAL still holds the rows, then again after the checkpoint on close.
    const raw = () =>
      ['', '-wal', '-shm']
        .map((suffix) => databasePath(dir) + suffix)
        .filter(existsSync)
        .map((path) => readFileSync(path).toString('latin1'))
        .join('');
    expect(raw()).toContain('is docker a vm?');
    expect(raw()).not.toContain(userId);
    s.close();
    expect(raw()).toContain('who won the match?');
    expect(raw()).not.toContain(userId);
    expect(raw()).not.toContain(userId.toLowerCase());
    expect(raw()).not.toContain('U0OTHER99');
    expect(raw()).not.toContain('bob');
    expect(raw()).not.toContain('slack.com/archives');
    expect(raw()).toContain('@someone said @someone knows, see [message link]');

    const db = new Database(databasePath(dir), { readonly: true });
    const hashes = db.prepare('SELECT user_hash FROM feedback UNION ALL SELECT user_hash FROM gaps').all() as { user_hash: string }[];
    expect(hashes).toHaveLength(3);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.user_hash))).toBe(true);
    expect(new Set(hashes.map((h) => h.user_hash)).size).toBe(1);
    db.close();
  });

  it('hashes differ between keys, so two deployments cannot match users', () => {
    expect(store({ hashKey: 'a'.repeat(32) }).hashUser('U1')).not.toBe(store({ hashKey: 'b'.repeat(32) }).hashUser('U1'));
  });

  it('keeps no key, salt or anything the hashes could be recomputed from in the database', () => {
    const s = store();
    s.recordGap({ question: 'q', surface: 'dm', userId: 'U1' });
    s.close();
    const raw = readFileSync(databasePath(dir)).toString('latin1');
    expect(raw).not.toContain(HASH_KEY);
    expect(raw).not.toMatch(/salt/i);
    const db = new Database(databasePath(dir), { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'meta'").all()).toEqual([]);
    db.close();
  });

  it('stores no names, handles, channels, emails or links from a question, markup or plain text', () => {
    const s = store();
    s.recordGap({
      question:
        '<@U0ALICE42|alice.smith> and @bob.jones from <!subteam^S0SEC|@security-team> in <#C0BLUE|project-bluefin>, ' +
        '#project-redfin, @security-team: mail carol@example.com, see <https://wiki.acme.internal/dave|Dave notes>',
      surface: 'channel',
      userId: 'U1',
    });
    s.close();
    const db = new Database(databasePath(dir), { readonly: true });
    const { question, question_key } = db.prepare('SELECT question, question_key FROM gaps').get() as {
      question: string;
      question_key: string;
    };
    db.close();
    for (const leak of [
      'alice',
      'smith',
      'bob',
      'security-team',
      'project-bluefin',
      'redfin',
      'carol',
      'example.com',
      'wiki.acme',
      'Dave',
      'U0ALICE42',
      'S0SEC',
      'C0BLUE',
    ]) {
      expect(question + question_key).not.toContain(leak);
    }
    expect(question).toBe('@someone and @someone from @group in #channel, #channel, @someone: mail [email], see [link]');
  });
});

describe('retention', () => {
  it('purges feedback, its passages and gaps older than the retention days', () => {
    const s = store();
    s.recordFeedback({
      question: 'old',
      passages: [overhead, isolation],
      vote: 'not-helpful',
      surface: 'dm',
      userId: 'U1',
      at: daysAgo(91),
    });
    s.recordGap({ question: 'old gap', surface: 'dm', userId: 'U1', at: daysAgo(90, 1) });
    s.recordFeedback({ question: 'recent', passages: [isolation], vote: 'not-helpful', surface: 'dm', userId: 'U1', at: daysAgo(89) });
    s.recordGap({ question: 'recent gap', surface: 'dm', userId: 'U1', at: daysAgo(10) });

    expect(s.purge(90, NOW)).toBe(2);
    expect(s.purge(90, NOW)).toBe(0);
    const report = s.report({ now: NOW });
    expect(report.unanswered.map((q) => q.question)).toEqual(['recent gap']);
    expect(report.notHelpful).toEqual([expect.objectContaining({ passageId: 'security.md#1', notHelpful: 1 })]);
    s.close();

    const db = new Database(databasePath(dir), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM feedback_passages').get()).toEqual({ n: 1 });
    db.close();
  });

  it('startRetention purges again each day until stopped', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      const s = store();
      const stop = startRetention(s, 90);
      s.recordGap({ question: 'ages 90 days in one day', surface: 'dm', userId: 'U1', at: daysAgo(89, 12) });
      expect(s.report({ now: NOW }).unanswered).toHaveLength(1);
      vi.advanceTimersByTime(86_400_000);
      expect(s.report({ now: NOW }).unanswered).toHaveLength(0);
      stop();
      s.recordGap({ question: 'old, but retention was stopped', surface: 'dm', userId: 'U1', at: daysAgo(200) });
      vi.advanceTimersByTime(86_400_000);
      expect(s.report({ now: NOW }).unanswered).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('startRetention purges at once and stops cleanly', () => {
    const s = store();
    s.recordGap({ question: 'ancient', surface: 'dm', userId: 'U1', at: new Date(Date.now() - 200 * 86_400_000) });
    s.recordGap({ question: 'fresh', surface: 'dm', userId: 'U1' });
    const stop = startRetention(s, 90);
    stop();
    expect(s.report().unanswered.map((q) => q.question)).toEqual(['fresh']);
  });
});

describe('openFeedbackStore', () => {
  it('creates DATA_DIR and the database file', () => {
    const dataDir = join(dir, 'nested', 'data');
    const s = openFeedbackStore(dataDir, { hashKey: HASH_KEY });
    open.push(s);
    expect(s.persistent).toBe(true);
    expect(existsSync(join(dataDir, 'bot.sqlite'))).toBe(true);
  });

  it('falls back to a store that keeps nothing, with a reason, when DATA_DIR cannot be written', () => {
    // A path under a regular file cannot be a folder, even for root (chmod would not stop root).
    writeFileSync(join(dir, 'a-file'), 'x');
    const s = openFeedbackStore(join(dir, 'a-file', 'data'));
    expect(s).toBeInstanceOf(NoopFeedbackStore);
    expect(s.persistent).toBe(false);
    expect(s.reason).toMatch(/a-file\/data/);
    expect(s.reason).toMatch(/ENOTDIR|not a directory/);
    expect(s.recordGap({ question: 'q', surface: 'dm', userId: 'U1' })).toBe(false);
    expect(s.recordFeedback({ question: 'q', passages: [], vote: 'helpful', surface: 'dm', userId: 'U1' })).toBe(false);
    expect(s.report({ now: NOW }).daily).toHaveLength(14);
    expect(s.purge(90)).toBe(0);
    s.close();
  });

  it('falls back when the database file is not a database', () => {
    writeFileSync(join(dir, 'bot.sqlite'), 'this is not sqlite '.repeat(100));
    const s = openFeedbackStore(dir);
    expect(s.persistent).toBe(false);
    expect(s.reason).toMatch(/not a database/);
  });
});

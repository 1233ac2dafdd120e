import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { ensureWritableFolder } from '../folders.js';
import {
  answerKey,
  CHANNEL_ID,
  NoopFeedbackStore,
  shownReportRows,
  type ChannelSetting,
  type FeedbackRecord,
  type FeedbackStore,
  type GapRecord,
  type PassageRef,
} from './feedback-store.js';
import { hashUserId } from './hash-key.js';
import { migrate } from './migrations.js';
import { storedQuestion } from './redact.js';
import {
  DEFAULT_REPORT_DAYS,
  DEFAULT_REPORT_LIMIT,
  fillDays,
  lastDays,
  normalizeQuestion,
  sumDays,
  type DayTotals,
  type ReportData,
  type ReportOptions,
  type UnansweredQuestion,
  type UnhelpfulPassage,
} from './report.js';

/** The one database file under DATA_DIR. */
export const DATABASE_FILE = 'bot.sqlite';

const DAY_MS = 86_400_000;

export type StoreLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface FeedbackStoreOptions {
  /**
   * Key for hashing user ids (see resolveHashKey), never kept in the database. Without it the
   * store can report but not record (the report CLI).
   */
  hashKey?: string;
  logger?: StoreLogger;
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/**
 * Feedback and gaps in one SQLite file (better-sqlite3, WAL). User ids are kept only as
 * an HMAC-SHA-256 under a key kept outside the file, so rows by one person can be counted
 * together but the id itself is never written, and the file alone cannot reverse a hash.
 */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly persistent = true;
  readonly #db: Database.Database;
  readonly #hashKey: string | undefined;
  readonly #logger?: StoreLogger;
  readonly #statements;

  private constructor(db: Database.Database, hashKey: string | undefined, logger?: StoreLogger) {
    this.#db = db;
    this.#hashKey = hashKey;
    this.#logger = logger;
    this.#statements = {
      // One vote per person per answer: a repeated click replaces the earlier vote.
      feedback: db.prepare<[number, string, string, string, string, string, string], { id: number }>(`
        INSERT INTO feedback (at, question, question_key, vote, surface, user_hash, answer_key) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (user_hash, answer_key) DO UPDATE SET at = excluded.at, question = excluded.question, vote = excluded.vote, surface = excluded.surface
        RETURNING id`),
      clearPassages: db.prepare<[number]>('DELETE FROM feedback_passages WHERE feedback_id = ?'),
      feedbackPassage: db.prepare<[number | bigint, number, string, string, string]>(
        'INSERT INTO feedback_passages (feedback_id, position, passage_id, source, heading) VALUES (?, ?, ?, ?, ?)',
      ),
      gap: db.prepare<[number, string, string, string, string, string]>(
        'INSERT INTO gaps (at, question, question_key, surface, user_hash, passages) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      channelSetting: db.prepare<[string], { autoAnswer: number; at: number }>(
        'SELECT auto_answer AS autoAnswer, at FROM channel_settings WHERE channel_id = ?',
      ),
      setChannelSetting: db.prepare<[string, number, number]>(`
        INSERT INTO channel_settings (channel_id, auto_answer, at) VALUES (?, ?, ?)
        ON CONFLICT (channel_id) DO UPDATE SET auto_answer = excluded.auto_answer, at = excluded.at`),
    };
  }

  /** Opens (creating if needed) the database at path and brings its schema up to date. Throws when it cannot. */
  static open(path: string, options: FeedbackStoreOptions = {}): SqliteFeedbackStore {
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL loses at most the last commits on power loss, never consistency.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // The bot and `npm run report` may open the file at the same time.
      db.pragma('busy_timeout = 5000');
      const applied = migrate(db);
      if (applied.length) options.logger?.info({ path, migrations: applied }, 'feedback database schema updated');
      return new SqliteFeedbackStore(db, options.hashKey, options.logger);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  hashUser(userId: string): string {
    if (!this.#hashKey) throw new Error('no user hash key: this store was opened to read only');
    return hashUserId(this.#hashKey, userId);
  }

  recordFeedback(record: FeedbackRecord): boolean {
    return this.#write('feedback', () => {
      const question = storedQuestion(record.question);
      const passageIds = record.passages.map((p) => p.id);
      const { id } = this.#statements.feedback.get(
        timeOf(record.at),
        question,
        normalizeQuestion(question),
        record.vote,
        record.surface,
        this.hashUser(record.userId),
        answerKey(question, passageIds),
      )!;
      this.#statements.clearPassages.run(id);
      record.passages.forEach((p, position) => {
        this.#statements.feedbackPassage.run(id, position, p.id, p.source, p.heading);
      });
    });
  }

  recordGap(record: GapRecord): boolean {
    return this.#write('gap', () => {
      const question = storedQuestion(record.question);
      const passages: PassageRef[] = (record.passages ?? []).map(({ id, source, heading }) => ({ id, source, heading }));
      this.#statements.gap.run(
        timeOf(record.at),
        question,
        normalizeQuestion(question),
        record.surface,
        this.hashUser(record.userId),
        JSON.stringify(passages),
      );
    });
  }

  channelSetting(channelId: string): ChannelSetting | undefined {
    const row = this.#statements.channelSetting.get(channelId);
    return row && { channelId, autoAnswer: row.autoAnswer === 1, at: new Date(row.at) };
  }

  setChannelSetting(setting: ChannelSetting): boolean {
    if (!CHANNEL_ID.test(setting.channelId)) return false;
    return this.#write('channel setting', () => {
      this.#statements.setChannelSetting.run(setting.channelId, setting.autoAnswer ? 1 : 0, timeOf(setting.at));
    });
  }

  // A vote or gap that cannot be written must never cost the person their answer.
  #write(kind: string, work: () => void): boolean {
    try {
      this.#db.transaction(work)();
      return true;
    } catch (error) {
      this.#logger?.warn({ err: error, kind }, 'could not store feedback; continuing without it');
      return false;
    }
  }

  report(options: ReportOptions = {}): ReportData {
    const now = options.now ?? new Date();
    const days = options.days ?? DEFAULT_REPORT_DAYS;
    const limit = options.limit ?? DEFAULT_REPORT_LIMIT;
    const db = this.#db;

    // Read all three parts from one snapshot so the totals agree with the lists.
    return db.transaction(() => {
      const unanswered = (
        db
          .prepare(
            `
        SELECT question_key AS key, question, count(*) AS count, count(DISTINCT user_hash) AS people, max(at) AS last
        FROM gaps GROUP BY question_key ORDER BY count DESC, last DESC, key LIMIT ?`,
          )
          // SQLite takes a bare column next to max() from the row holding the max: the latest wording.
          .all(limit) as { key: string; question: string; count: number; people: number; last: number }[]
      ).map((r): UnansweredQuestion => ({
        question: r.question,
        key: r.key,
        count: r.count,
        people: r.people,
        lastAsked: new Date(r.last).toISOString(),
      }));

      // Grouped by source and heading too: an id like "guide.md#12" can name another passage after the file changes.
      const notHelpful = (
        db
          .prepare(
            `
        SELECT fp.passage_id AS passageId, fp.source, fp.heading,
               sum(f.vote = 'not-helpful') AS notHelpful, sum(f.vote = 'helpful') AS helpful,
               max(CASE WHEN f.vote = 'not-helpful' THEN f.at END) AS last
        FROM feedback_passages fp JOIN feedback f ON f.id = fp.feedback_id
        GROUP BY fp.passage_id, fp.source, fp.heading
        HAVING notHelpful > 0
        ORDER BY notHelpful DESC, last DESC, passageId LIMIT ?`,
          )
          .all(limit) as { passageId: string; source: string; heading: string; notHelpful: number; helpful: number; last: number }[]
      ).map((r): UnhelpfulPassage => ({
        passageId: r.passageId,
        source: r.source,
        heading: r.heading,
        notHelpful: r.notHelpful,
        helpful: r.helpful,
        lastVoted: new Date(r.last).toISOString(),
      }));

      const from = Date.parse(`${lastDays(now, days)[0]}T00:00:00.000Z`);
      const counted = new Map<string, DayTotals>();
      const slot = (day: string) => {
        let d = counted.get(day);
        if (!d) counted.set(day, (d = { day, abstained: 0, helpful: 0, notHelpful: 0 }));
        return d;
      };
      const dayExpr = `strftime('%Y-%m-%d', at / 1000, 'unixepoch')`;
      for (const r of db.prepare(`SELECT ${dayExpr} AS day, count(*) AS n FROM gaps WHERE at >= ? GROUP BY day`).all(from) as {
        day: string;
        n: number;
      }[]) {
        slot(r.day).abstained = r.n;
      }
      for (const r of db
        .prepare(`SELECT ${dayExpr} AS day, vote, count(*) AS n FROM feedback WHERE at >= ? GROUP BY day, vote`)
        .all(from) as { day: string; vote: string; n: number }[]) {
        if (r.vote === 'helpful') slot(r.day).helpful = r.n;
        else slot(r.day).notHelpful = r.n;
      }
      const daily = fillDays(now, days, [...counted.values()]);
      return { generatedAt: now.toISOString(), days, ...shownReportRows(unanswered, notHelpful), daily, totals: sumDays(daily) };
    })();
  }

  purge(olderThanDays: number, now: Date = new Date()): number {
    const cutoff = now.getTime() - olderThanDays * DAY_MS;
    return this.#db.transaction(() => {
      // feedback_passages rows go with their feedback row (ON DELETE CASCADE).
      const feedback = this.#db.prepare('DELETE FROM feedback WHERE at < ?').run(cutoff).changes;
      const gaps = this.#db.prepare('DELETE FROM gaps WHERE at < ?').run(cutoff).changes;
      return feedback + gaps;
    })();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

function timeOf(at: Date | undefined): number {
  const ms = (at ?? new Date()).getTime();
  return Number.isFinite(ms) ? ms : Date.now();
}

/**
 * Opens `${dataDir}/bot.sqlite`, or, when DATA_DIR cannot hold it, a store that keeps
 * nothing, with `reason` saying why (main.ts stops the start with it).
 */
export function openFeedbackStore(
  dataDir: string,
  options: FeedbackStoreOptions = {},
): (SqliteFeedbackStore | NoopFeedbackStore) & { reason?: string } {
  const path = databasePath(dataDir);
  try {
    // Never a recursive mkdir: under /proc it does not return.
    ensureWritableFolder(dataDir, 'DATA_DIR');
    const store = SqliteFeedbackStore.open(path, options);
    options.logger?.debug({ path }, 'feedback store open');
    return store;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = error instanceof Error ? error.message : String(error);
    return new NoopFeedbackStore(
      `cannot keep feedback in ${path} (DATA_DIR=${dataDir}): ${code && !why.includes(code) ? `${code}: ` : ''}${why}`,
    );
  }
}

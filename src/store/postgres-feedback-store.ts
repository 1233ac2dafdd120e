import pg from 'pg';
import { DependencyHealth } from '../dependency-health.js';
import {
  answerKey,
  CHANNEL_ID,
  shownReportRows,
  type ChannelSetting,
  type FeedbackRecord,
  type FeedbackStore,
  type GapRecord,
  type PassageRef,
} from './feedback-store.js';
import { hashUserId } from './hash-key.js';
import { migratePostgres } from './postgres-migrations.js';
import { storedQuestion } from './redact.js';
import {
  DEFAULT_REPORT_DAYS,
  DEFAULT_REPORT_LIMIT,
  dayOf,
  fillDays,
  lastDays,
  normalizeQuestion,
  sumDays,
  type DayTotals,
  type ReportData,
  type ReportOptions,
} from './report.js';
import type { StoreLogger } from './sqlite-feedback-store.js';
import { DatabaseUnavailableError, SchemaTooNewError } from '../core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { DatabaseUnavailableError };

/**
 * Feedback and gaps in PostgreSQL (node-postgres), for several replicas that share one
 * report: the same rows, hashing and report as the SQLite store, behind the same port.
 * A write never holds up an answer and never throws: while the database is unreachable it
 * is dropped at once (one warning per outage, from the health check) and the pool
 * reconnects by itself. Reads (the report, the purge) reject instead, so their callers can
 * say the report is unavailable.
 */

const DAY_MS = 86_400_000;

/** How long one write or read may take before it counts as failed. */
export const PG_QUERY_TIMEOUT_MS = 5_000;

export interface PostgresFeedbackStoreOptions {
  /** Key for hashing user ids, never kept in the database. Without it the store reports but does not record. */
  hashKey?: string;
  logger?: StoreLogger;
  /** Connections per replica (default 4: writes are short and a replica has few at once). */
  maxConnections?: number;
}

// SQLSTATE classes 22 (data exception) and 23 (integrity constraint): the row was bad, the database is fine.
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

export class PostgresFeedbackStore implements FeedbackStore {
  readonly persistent = true;
  readonly health: DependencyHealth;
  readonly #pool: pg.Pool;
  readonly #hashKey: string | undefined;
  readonly #logger?: StoreLogger;
  #schemaReady = false;
  #migrating: Promise<boolean> | undefined;
  readonly #pending = new Set<Promise<boolean>>();

  constructor(url: string, options: PostgresFeedbackStoreOptions = {}) {
    this.#hashKey = options.hashKey;
    this.#logger = options.logger;
    this.#pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      query_timeout: PG_QUERY_TIMEOUT_MS,
      // The pool alone never keeps a finished CLI or a stopped bot alive.
      allowExitOnIdle: true,
    });
    const logger = options.logger ?? { info: () => {}, warn: () => {} };
    this.health = new DependencyHealth({
      variable: 'DATABASE_URL',
      logger,
      whileDown: 'votes and unanswered questions are not stored',
      whenBack: 'votes and unanswered questions are stored in PostgreSQL',
      probe: () => this.#pool.query('SELECT 1'),
      probeTimeoutMs: 2_500,
    });
    // An idle connection the server dropped: without a listener the pool would throw it.
    this.#pool.on('error', (error) => this.health.markDown(error));
  }

  /**
   * Connects and brings the schema up to date. Resolves false when the database cannot be
   * reached (the bot starts anyway and migrates on the first write once it is back); rejects
   * with SchemaTooNewError when the database is from a newer bot.
   */
  async ready(): Promise<boolean> {
    return this.#ensureSchema();
  }

  hashUser(userId: string): string {
    if (!this.#hashKey) throw new Error('no user hash key: this store was opened to read only');
    return hashUserId(this.#hashKey, userId);
  }

  recordFeedback(record: FeedbackRecord): Promise<boolean> {
    return this.#write('feedback', async (client) => {
      const question = storedQuestion(record.question);
      const questionKey = normalizeQuestion(question);
      // One vote per person per answer: a repeated click replaces the earlier vote.
      const { rows } = await client.query<{ id: string }>(
        `
        INSERT INTO feedback (at, question, question_key, vote, surface, user_hash, answer_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (user_hash, answer_key) DO UPDATE SET at = EXCLUDED.at, question = EXCLUDED.question, vote = EXCLUDED.vote, surface = EXCLUDED.surface
        RETURNING id`,
        [
          timeOf(record.at),
          question,
          questionKey,
          record.vote,
          record.surface,
          this.hashUser(record.userId),
          answerKey(
            question,
            record.passages.map((p) => p.id),
          ),
        ],
      );
      const id = rows[0]!.id;
      await client.query('DELETE FROM feedback_passages WHERE feedback_id = $1', [id]);
      for (const [position, p] of record.passages.entries()) {
        await client.query(
          'INSERT INTO feedback_passages (feedback_id, position, passage_id, source, heading) VALUES ($1, $2, $3, $4, $5)',
          [id, position, p.id, p.source, p.heading],
        );
      }
    });
  }

  recordGap(record: GapRecord): Promise<boolean> {
    return this.#write('gap', async (client) => {
      const question = storedQuestion(record.question);
      const passages: PassageRef[] = (record.passages ?? []).map(({ id, source, heading }) => ({ id, source, heading }));
      await client.query('INSERT INTO gaps (at, question, question_key, surface, user_hash, passages) VALUES ($1, $2, $3, $4, $5, $6)', [
        timeOf(record.at),
        question,
        normalizeQuestion(question),
        record.surface,
        this.hashUser(record.userId),
        JSON.stringify(passages),
      ]);
    });
  }

  /** Rejects at once while the database is known to be unreachable: the caller falls back to AUTO_ANSWER_CHANNELS. */
  async channelSetting(channelId: string): Promise<ChannelSetting | undefined> {
    if (!this.health.up)
      throw new DatabaseUnavailableError('the feedback database (DATABASE_URL) cannot be reached; check the URL and that PostgreSQL is up');
    await this.#requireSchema();
    const { rows } = await this.health.observe(
      () =>
        this.#pool.query<{ auto_answer: boolean; at: string }>('SELECT auto_answer, at FROM channel_settings WHERE channel_id = $1', [
          channelId,
        ]),
      PG_QUERY_TIMEOUT_MS,
    );
    const row = rows[0];
    return row && { channelId, autoAnswer: row.auto_answer, at: new Date(Number(row.at)) };
  }

  setChannelSetting(setting: ChannelSetting): Promise<boolean> {
    if (!CHANNEL_ID.test(setting.channelId)) return Promise.resolve(false);
    return this.#write('channel setting', async (client) => {
      await client.query(
        `
        INSERT INTO channel_settings (channel_id, auto_answer, at) VALUES ($1, $2, $3)
        ON CONFLICT (channel_id) DO UPDATE SET auto_answer = EXCLUDED.auto_answer, at = EXCLUDED.at`,
        [setting.channelId, setting.autoAnswer, timeOf(setting.at)],
      );
    });
  }

  // A vote or gap that cannot be written must never cost the person their answer.
  #write(kind: string, work: (client: pg.PoolClient) => Promise<void>): Promise<boolean> {
    if (!this.health.up) {
      this.#logger?.debug({ kind }, 'feedback not stored: DATABASE_URL is unreachable');
      return Promise.resolve(false);
    }
    const task = (async () => {
      try {
        if (!(await this.#ensureSchema())) return false;
        let stored = true;
        await this.health.observe(
          () =>
            this.#transaction('BEGIN', (client) =>
              work(client).catch((error: unknown) => {
                if (!isDataError(error)) throw error;
                stored = false;
                this.#logger?.warn({ err: error, kind }, 'could not store feedback (the record was refused); continuing without it');
              }),
            ),
          PG_QUERY_TIMEOUT_MS,
        );
        return stored;
      } catch (error) {
        // An outage has already been reported once by the health check.
        if (this.health.up) this.#logger?.warn({ err: error, kind }, 'could not store feedback; continuing without it');
        return false;
      }
    })();
    this.#pending.add(task);
    void task.finally(() => this.#pending.delete(task));
    return task;
  }

  async report(options: ReportOptions = {}): Promise<ReportData> {
    const now = options.now ?? new Date();
    const days = options.days ?? DEFAULT_REPORT_DAYS;
    const limit = options.limit ?? DEFAULT_REPORT_LIMIT;
    await this.#requireSchema();
    // One snapshot for all three parts, so the totals agree with the lists.
    return this.health.observe(
      () =>
        this.#transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
          // Ties are broken by bytes (COLLATE "C"), as SQLite does, whatever the database's locale.
          const unanswered = (
            await client.query<{ key: string; question: string; count: number; people: number; last: string }>(
              `
        SELECT question_key AS key, (array_agg(question ORDER BY at DESC, id DESC))[1] AS question,
               count(*)::int AS count, count(DISTINCT user_hash)::int AS people, max(at) AS last
        FROM gaps GROUP BY question_key ORDER BY count DESC, last DESC, question_key COLLATE "C" LIMIT $1`,
              [limit],
            )
          ).rows.map((r) => ({
            question: r.question,
            key: r.key,
            count: r.count,
            people: r.people,
            lastAsked: new Date(Number(r.last)).toISOString(),
          }));

          // Grouped by source and heading too: an id like "guide.md#12" can name another passage after the file changes.
          const notHelpful = (
            await client.query<{ passageId: string; source: string; heading: string; notHelpful: number; helpful: number; last: string }>(
              `
        SELECT fp.passage_id AS "passageId", fp.source, fp.heading,
               count(*) FILTER (WHERE f.vote = 'not-helpful')::int AS "notHelpful",
               count(*) FILTER (WHERE f.vote = 'helpful')::int AS helpful,
               max(f.at) FILTER (WHERE f.vote = 'not-helpful') AS last
        FROM feedback_passages fp JOIN feedback f ON f.id = fp.feedback_id
        GROUP BY fp.passage_id, fp.source, fp.heading
        HAVING count(*) FILTER (WHERE f.vote = 'not-helpful') > 0
        ORDER BY "notHelpful" DESC, last DESC, fp.passage_id COLLATE "C" LIMIT $1`,
              [limit],
            )
          ).rows.map((r) => ({
            passageId: r.passageId,
            source: r.source,
            heading: r.heading,
            notHelpful: r.notHelpful,
            helpful: r.helpful,
            lastVoted: new Date(Number(r.last)).toISOString(),
          }));

          const from = Date.parse(`${lastDays(now, days)[0]}T00:00:00.000Z`);
          const counted = new Map<string, DayTotals>();
          const slot = (dayNumber: string) => {
            const day = dayOf(new Date(Number(dayNumber) * DAY_MS));
            let d = counted.get(day);
            if (!d) counted.set(day, (d = { day, abstained: 0, helpful: 0, notHelpful: 0 }));
            return d;
          };
          // at / 86400000 is the UTC day number (integer division of a positive bigint).
          for (const r of (
            await client.query<{ d: string; n: number }>(
              'SELECT at / 86400000 AS d, count(*)::int AS n FROM gaps WHERE at >= $1 GROUP BY d',
              [from],
            )
          ).rows) {
            slot(r.d).abstained = r.n;
          }
          for (const r of (
            await client.query<{ d: string; vote: string; n: number }>(
              'SELECT at / 86400000 AS d, vote, count(*)::int AS n FROM feedback WHERE at >= $1 GROUP BY d, vote',
              [from],
            )
          ).rows) {
            if (r.vote === 'helpful') slot(r.d).helpful = r.n;
            else slot(r.d).notHelpful = r.n;
          }
          const daily = fillDays(now, days, [...counted.values()]);
          return { generatedAt: now.toISOString(), days, ...shownReportRows(unanswered, notHelpful), daily, totals: sumDays(daily) };
        }),
      PG_QUERY_TIMEOUT_MS,
    );
  }

  async purge(olderThanDays: number, now: Date = new Date()): Promise<number> {
    const cutoff = now.getTime() - olderThanDays * DAY_MS;
    await this.#requireSchema();
    return this.health.observe(
      () =>
        this.#transaction('BEGIN', async (client) => {
          // feedback_passages rows go with their feedback row (ON DELETE CASCADE).
          const feedback = await client.query('DELETE FROM feedback WHERE at < $1', [cutoff]);
          const gaps = await client.query('DELETE FROM gaps WHERE at < $1', [cutoff]);
          return (feedback.rowCount ?? 0) + (gaps.rowCount ?? 0);
        }),
      PG_QUERY_TIMEOUT_MS,
    );
  }

  /** Waits for writes in progress, then closes the connections. */
  async close(): Promise<void> {
    await Promise.all(this.#pending);
    this.health.close();
    await this.#pool.end().catch(() => undefined);
  }

  async #requireSchema(): Promise<void> {
    if (!(await this.#ensureSchema()))
      throw new DatabaseUnavailableError('the feedback database (DATABASE_URL) cannot be reached; check the URL and that PostgreSQL is up');
  }

  // Migrations run once per process, on start or on the first use after the database came back.
  #ensureSchema(): Promise<boolean> {
    if (this.#schemaReady) return Promise.resolve(true);
    this.#migrating ??= (async () => {
      try {
        const applied = await this.health.observe(() => this.#withClient((client) => migratePostgres(client)), 30_000);
        if (applied.length) this.#logger?.info({ migrations: applied }, 'feedback database schema updated (PostgreSQL)');
        this.#schemaReady = true;
        return true;
      } catch (error) {
        if (error instanceof SchemaTooNewError) throw error;
        return false;
      } finally {
        this.#migrating = undefined;
      }
    })();
    return this.#migrating;
  }

  /** A pooled connection for `work`; the pool only listens for errors on idle ones, so a checked-out one needs its own listener. */
  async #withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
      this.health.markDown(error);
    };
    client.on('error', onError);
    try {
      return await work(client);
    } catch (error) {
      // A connection that failed mid-way is dropped, not reused.
      if (!isDataError(error)) broken ??= error as Error;
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  #transaction<T>(begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.#withClient(async (client) => {
      await client.query(begin);
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }
}

function timeOf(at: Date | undefined): number {
  const ms = (at ?? new Date()).getTime();
  return Number.isFinite(ms) ? ms : Date.now();
}

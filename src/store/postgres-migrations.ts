import type { PoolClient } from 'pg';
import { SchemaTooNewError, type Migration } from './migrations.js';

/**
 * The PostgreSQL schema, versioned in code like the SQLite one (src/store/migrations.ts):
 * `schema_migrations` records each version applied. Every replica runs them at start-up;
 * a transaction-scoped advisory lock makes the others wait while one applies them, and each
 * migration commits together with its version row, so a crash leaves one version or the
 * next. Append new migrations; never edit one that has shipped.
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'feedback (one vote per person per answer), feedback passages, gaps',
    sql: `
      -- at: milliseconds since the epoch, as in the SQLite store. user_hash: keyed SHA-256 of the Slack user id.
      -- answer_key: answerKey() of the question and the passages shown; a person's later vote on the same answer replaces the earlier one.
      CREATE TABLE feedback (
        id           BIGSERIAL PRIMARY KEY,
        at           BIGINT NOT NULL,
        question     TEXT NOT NULL,
        question_key TEXT NOT NULL,
        vote         TEXT NOT NULL CHECK (vote IN ('helpful', 'not-helpful')),
        surface      TEXT NOT NULL CHECK (surface IN ('channel', 'dm', 'local')),
        user_hash    TEXT NOT NULL,
        answer_key   TEXT NOT NULL,
        CONSTRAINT feedback_one_vote UNIQUE (user_hash, answer_key)
      );
      CREATE INDEX feedback_at ON feedback (at);

      -- Source and heading are copied at vote time: passage ids are only stable within one index build.
      CREATE TABLE feedback_passages (
        feedback_id BIGINT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        passage_id  TEXT NOT NULL,
        source      TEXT NOT NULL,
        heading     TEXT NOT NULL,
        PRIMARY KEY (feedback_id, position)
      );
      CREATE INDEX feedback_passages_passage ON feedback_passages (passage_id, source, heading);

      CREATE TABLE gaps (
        id           BIGSERIAL PRIMARY KEY,
        at           BIGINT NOT NULL,
        question     TEXT NOT NULL,
        question_key TEXT NOT NULL,
        surface      TEXT NOT NULL CHECK (surface IN ('channel', 'dm', 'local')),
        user_hash    TEXT NOT NULL,
        passages     JSONB NOT NULL DEFAULT '[]'
      );
      CREATE INDEX gaps_at ON gaps (at);
      CREATE INDEX gaps_key ON gaps (question_key);
    `,
  },
  {
    version: 2,
    description: 'channel settings (auto-answer per channel, set by admins)',
    sql: `
      -- One row per channel an admin has set; no row: AUTO_ANSWER_CHANNELS decides. at: milliseconds since the epoch.
      CREATE TABLE channel_settings (
        channel_id  TEXT PRIMARY KEY,
        auto_answer BOOLEAN NOT NULL,
        at          BIGINT NOT NULL
      );
    `,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;

// Any fixed number: it names this bot's migration lock among the database's advisory locks.
const MIGRATION_LOCK = 7_301_992_144;

async function inTransaction(client: PoolClient, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Brings the database up to the latest version; returns the versions applied (empty when current). */
export async function migratePostgres(client: PoolClient, migrations: readonly Migration[] = PG_MIGRATIONS): Promise<number[]> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const applied: number[] = [];
  // Under the same lock as the migrations: two replicas creating the table at the same moment
  // raced in PostgreSQL's catalog (one of them failed now and then).
  await inTransaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
  )`,
    );
  });
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await client.query<{ current: number | null }>('SELECT max(version) AS current FROM schema_migrations');
      const current = rows[0]?.current ?? 0;
      if (current > latest) {
        throw new SchemaTooNewError(
          `feedback database is at schema version ${current}, newer than this bot knows (${latest}); upgrade the bot`,
        );
      }
      if (current >= migration.version) {
        await client.query('COMMIT');
        continue;
      }
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
      await client.query('COMMIT');
      applied.push(migration.version);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
  return applied;
}

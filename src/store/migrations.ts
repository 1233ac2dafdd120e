import type Database from 'better-sqlite3';
import { SchemaTooNewError } from '../core/errors.js';
import { answerKey } from './feedback-store.js';
import { storedQuestion } from './redact.js';
import { normalizeQuestion } from './report.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { SchemaTooNewError };

/**
 * Schema migrations, versioned in code. PRAGMA user_version records the last one
 * applied; each runs in its own transaction together with the version bump, so a
 * crash leaves the database at one version or the next, never in between.
 * Append new migrations; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** A step SQL cannot express, run after `sql` in the same transaction. */
  run?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'feedback, feedback passages, gaps, meta',
    sql: `
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- at: milliseconds since the epoch. user_hash: keyed SHA-256 of the Slack user id.
      CREATE TABLE feedback (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL,
        question     TEXT NOT NULL,
        question_key TEXT NOT NULL,
        vote         TEXT NOT NULL CHECK (vote IN ('helpful', 'not-helpful')),
        surface      TEXT NOT NULL CHECK (surface IN ('channel', 'dm', 'local')),
        user_hash    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_at ON feedback (at);

      -- Source and heading are copied at vote time: passage ids are only stable within one index build.
      CREATE TABLE feedback_passages (
        feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        passage_id  TEXT NOT NULL,
        source      TEXT NOT NULL,
        heading     TEXT NOT NULL,
        PRIMARY KEY (feedback_id, position)
      ) STRICT;
      CREATE INDEX feedback_passages_passage ON feedback_passages (passage_id, source, heading);

      CREATE TABLE gaps (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL,
        question     TEXT NOT NULL,
        question_key TEXT NOT NULL,
        surface      TEXT NOT NULL CHECK (surface IN ('channel', 'dm', 'local')),
        user_hash    TEXT NOT NULL,
        passages     TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX gaps_at ON gaps (at);
      CREATE INDEX gaps_key ON gaps (question_key);
    `,
  },
  {
    version: 2,
    description: 'one vote per person per answer (last one wins); the user hash key leaves the database',
    sql: `
      -- answer_key: the normalized question and the ids of the passages shown (see answerKey()).
      ALTER TABLE feedback ADD COLUMN answer_key TEXT NOT NULL DEFAULT '';
      UPDATE feedback SET answer_key = question_key || char(10) || coalesce(
        (SELECT group_concat(passage_id, ' ' ORDER BY position) FROM feedback_passages WHERE feedback_id = feedback.id), '');
      -- Repeated votes already stored: keep each person's last one per answer.
      DELETE FROM feedback WHERE id IN (
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY user_hash, answer_key ORDER BY at DESC, id DESC) AS n FROM feedback
        ) WHERE n > 1);
      CREATE UNIQUE INDEX feedback_one_vote ON feedback (user_hash, answer_key);
      -- The random salt lived here, next to the hashes it keys. Existing hashes cannot be
      -- recomputed under the new key (the ids were never stored), so they stay as they are and
      -- can no longer be linked to anyone; new rows use the key from outside the database.
      DROP TABLE meta;
    `,
  },
  {
    version: 3,
    description: 'channel settings (auto-answer per channel, set by admins)',
    sql: `
      -- One row per channel an admin has set; no row: AUTO_ANSWER_CHANNELS decides. at: milliseconds since the epoch.
      CREATE TABLE channel_settings (
        channel_id  TEXT PRIMARY KEY,
        auto_answer INTEGER NOT NULL CHECK (auto_answer IN (0, 1)),
        at          INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 4,
    description: 'stored questions redacted as the bot redacts them now; keys recomputed, colliding votes merged (last wins)',
    sql: '',
    run: reRedactQuestions,
  },
];

/**
 * Rows written before redaction covered plain-text names (`@alice.smith`, `#project-bluefin`)
 * would keep them until retention. They go through the function the bot stores with, so their
 * keys match what it computes now; one person's votes that now name the same answer keep the
 * latest, as a new vote would.
 */
function reRedactQuestions(db: Database.Database): void {
  const updateGap = db.prepare('UPDATE gaps SET question = ?, question_key = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, question FROM gaps').all() as { id: number; question: string }[]) {
    const question = storedQuestion(row.question);
    updateGap.run(question, normalizeQuestion(question), row.id);
  }

  const passagesOf = db.prepare('SELECT passage_id FROM feedback_passages WHERE feedback_id = ? ORDER BY position').pluck();
  const rows = db.prepare('SELECT id, question, user_hash FROM feedback ORDER BY at DESC, id DESC').all() as {
    id: number;
    question: string;
    user_hash: string;
  }[];
  const kept = new Set<string>();
  const survivors: { id: number; question: string; key: string }[] = [];
  const drop = db.prepare('DELETE FROM feedback_passages WHERE feedback_id = ?');
  const dropVote = db.prepare('DELETE FROM feedback WHERE id = ?');
  for (const row of rows) {
    const question = storedQuestion(row.question);
    const key = answerKey(question, passagesOf.all(row.id) as string[]);
    // Newest first: the first row per person and answer is the one kept.
    const slot = `${row.user_hash}\n${key}`;
    if (kept.has(slot)) {
      drop.run(row.id);
      dropVote.run(row.id);
      continue;
    }
    kept.add(slot);
    survivors.push({ id: row.id, question, key });
  }
  // Two passes: a survivor's new key may still be another row's old one under the unique index.
  const park = db.prepare("UPDATE feedback SET answer_key = 'migrating ' || id WHERE id = ?");
  for (const { id } of survivors) park.run(id);
  const update = db.prepare('UPDATE feedback SET question = ?, question_key = ?, answer_key = ? WHERE id = ?');
  for (const { id, question, key } of survivors) update.run(question, normalizeQuestion(question), key, id);
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the database up to SCHEMA_VERSION; returns the versions applied (empty when current). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new SchemaTooNewError(
      `feedback database is at schema version ${current}, newer than this bot knows (${latest}); upgrade the bot or move the file away`,
    );
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // The version is read again under the write lock: another process (the bot and the
    // report CLI share the file) may have applied this migration since we looked.
    const ran = db
      .transaction(() => {
        if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return false;
        if (migration.sql) db.exec(migration.sql);
        migration.run?.(db);
        // PRAGMA takes no bound parameters; the version is a number from this file.
        db.pragma(`user_version = ${Number(migration.version)}`);
        return true;
      })
      .immediate();
    if (ran) applied.push(migration.version);
  }
  return applied;
}

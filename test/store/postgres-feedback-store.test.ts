import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, PostgresFeedbackStore } from '../../src/store/postgres-feedback-store.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from '../../src/store/postgres-migrations.js';
import { freePort, startPostgres, type PostgresServer } from '../support/services.js';

const KEY = 'postgres-test-hash-key-0123456789abcdef';

function recordingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const log = (level: string) => (first: unknown, second?: unknown) => {
    lines.push({ level, msg: typeof first === 'string' ? first : String(second ?? '') });
  };
  return { lines, logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') } };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describe('PostgreSQL migrations', () => {
  it('are applied once, in order, even when several replicas start at the same moment', async () => {
    const url = server.createDatabase('migrate_race');
    const replicas = Array.from({ length: 4 }, () => new PostgresFeedbackStore(url, { hashKey: KEY }));
    try {
      expect(await Promise.all(replicas.map((r) => r.ready()))).toEqual([true, true, true, true]);
      const versions = await query<{ version: number; description: string }>(
        url,
        'SELECT version, description FROM schema_migrations ORDER BY version',
      );
      expect(versions).toEqual(PG_MIGRATIONS.map((m) => ({ version: m.version, description: m.description })));
      const tables = await query<{ tablename: string }>(
        url,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      expect(tables.map((t) => t.tablename)).toEqual(['channel_settings', 'feedback', 'feedback_passages', 'gaps', 'schema_migrations']);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });

  it('refuse a database from a newer version of the bot', async () => {
    const url = server.createDatabase('too_new');
    const first = new PostgresFeedbackStore(url, { hashKey: KEY });
    await first.ready();
    await first.close();
    await query(url, `INSERT INTO schema_migrations (version, description) VALUES (${PG_SCHEMA_VERSION + 3}, 'from the future')`);
    const store = new PostgresFeedbackStore(url, { hashKey: KEY });
    await expect(store.ready()).rejects.toThrow(
      `schema version ${PG_SCHEMA_VERSION + 3}, newer than this bot knows (${PG_SCHEMA_VERSION})`,
    );
    await store.close();
  });
});

describe('when PostgreSQL cannot be reached', () => {
  it('at start: ready() is false, writes are dropped at once with one warning, the report says why', async () => {
    const { lines, logger } = recordingLogger();
    const store = new PostgresFeedbackStore(`postgres://postgres@127.0.0.1:${await freePort()}/nothing`, { hashKey: KEY, logger });
    try {
      expect(await store.ready()).toBe(false);
      expect(store.health.up).toBe(false);
      for (let i = 0; i < 5; i += 1) expect(await store.recordGap({ question: 'lost?', surface: 'dm', userId: 'U1' })).toBe(false);
      await expect(store.report()).rejects.toBeInstanceOf(DatabaseUnavailableError);
      // The help-channel setting: a read rejects at once (the caller falls back to the variable), a write says false.
      await expect(store.channelSetting('C0HELP1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(await store.setChannelSetting({ channelId: 'C0HELP1', autoAnswer: true })).toBe(false);
      const warnings = lines.filter((l) => l.level === 'warn');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.msg).toMatch(/^DATABASE_URL is unreachable .*votes and unanswered questions are not stored/);
    } finally {
      await store.close();
    }
  });

  it('lost later: writes are dropped without throwing, and resume by themselves once it is back', async () => {
    const url = server.createDatabase('outage');
    const { lines, logger } = recordingLogger();
    const store = new PostgresFeedbackStore(url, { hashKey: KEY, logger });
    try {
      expect(await store.ready()).toBe(true);
      expect(await store.recordGap({ question: 'before', surface: 'dm', userId: 'U1' })).toBe(true);
      server.pause();
      // Writes in the outage: each one answers false, none throws.
      const during = await Promise.all(
        Array.from({ length: 5 }, () => store.recordGap({ question: 'during', surface: 'dm', userId: 'U1' })),
      );
      expect(during).toEqual([false, false, false, false, false]);
      expect(store.health.up).toBe(false);
      await server.resume();
      await until(() => store.health.up, 'the store to reconnect');
      expect(await store.recordGap({ question: 'after', surface: 'dm', userId: 'U1' })).toBe(true);
      expect((await store.report()).unanswered.map((q) => q.question).sort()).toEqual(['after', 'before']);
      expect(lines.filter((l) => l.level === 'warn' && /unreachable/.test(l.msg))).toHaveLength(1);
      expect(lines.some((l) => l.level === 'info' && l.msg.startsWith('DATABASE_URL is reachable again'))).toBe(true);
    } finally {
      await store.close();
    }
  });
});

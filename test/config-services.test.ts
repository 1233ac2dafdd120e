import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('REDIS_URL and DATABASE_URL', () => {
  it('are optional: without them the bot keeps its state in memory and SQLite', () => {
    expect(parseConfig({})).toMatchObject({ redisUrl: undefined, databaseUrl: undefined });
  });

  it('take redis://, rediss://, postgres:// and postgresql:// URLs', () => {
    expect(parseConfig({ REDIS_URL: 'redis://cache:6379/2' }).redisUrl).toBe('redis://cache:6379/2');
    expect(parseConfig({ REDIS_URL: 'rediss://:secret@cache:6380' }).redisUrl).toBe('rediss://:secret@cache:6380');
    expect(parseConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/bot' }).databaseUrl).toBe('postgres://bot:pw@db:5432/bot');
    expect(parseConfig({ DATABASE_URL: 'postgresql://db/bot?sslmode=require' }).databaseUrl).toBe('postgresql://db/bot?sslmode=require');
    expect(parseConfig({ DATABASE_URL: 'postgres:///bot?host=/run/postgresql' }).databaseUrl).toBe('postgres:///bot?host=/run/postgresql');
  });

  it('name the variable and the expected form for bad syntax, never echoing the value (it may hold a password)', () => {
    for (const bad of ['localhost:6379', 'http://cache:6379', 'redis://', 'not a url hunter2']) {
      const problems = problemsOf({ REDIS_URL: bad });
      expect(problems).toEqual(['REDIS_URL must be a URL such as redis://host:6379 (or rediss:// for TLS)']);
    }
    for (const bad of ['mysql://db/bot', 'db:5432', 'postgres:///socket-only-hunter2']) {
      expect(problemsOf({ DATABASE_URL: bad })).toEqual(['DATABASE_URL must be a URL such as postgres://user:password@host:5432/database']);
    }
    expect(problemsOf({ REDIS_URL: 'x', DATABASE_URL: 'y' })).toHaveLength(2);
  });
});

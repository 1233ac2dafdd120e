import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv, parseConfig } from '../src/config.js';

const bot = 'xoxb-1-abc';
const app = 'xapp-1-A1-abc';
const secret = 'abcdef0123456789';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseConfig', () => {
  it('picks the mode from the credentials present', () => {
    expect(parseConfig({}).mode).toBe('local');
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app }).mode).toBe('socket');
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret }).mode).toBe('http');
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_MODE: 'local' }).mode).toBe('local');
  });

  it("keeps only the mode's credentials: a local chat never holds a token", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app }).slack).toEqual({ botToken: bot, appToken: app });
    expect(parseConfig({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: app }).slack).toEqual({
      botToken: bot,
      signingSecret: secret,
    });
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_MODE: 'local' }).slack).toEqual({});
    expect(problemsOf({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: bot })).toEqual([
      "SLACK_SIGNING_SECRET must be set (the app's signing secret) for HTTP mode",
    ]);
  });

  it('treats empty variables as unset, as a copied .env.example leaves them', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ', PORT: '' })).toMatchObject({ mode: 'local', port: 3000 });
  });

  it('reads AUTO_ANSWER_CHANNELS as channel ids and refuses anything else by name', () => {
    expect(parseConfig({}).autoAnswerChannels).toEqual([]);
    expect(parseConfig({ AUTO_ANSWER_CHANNELS: 'C0HELP1, G0PRIVATE2' }).autoAnswerChannels).toEqual(['C0HELP1', 'G0PRIVATE2']);
    expect(problemsOf({ AUTO_ANSWER_CHANNELS: '#help' })).toEqual([
      'AUTO_ANSWER_CHANNELS must be a comma-separated list of Slack channel ids (C0123ABCD,G0456EFGH)',
    ]);
    expect(problemsOf({ AUTO_ANSWER_CHANNELS: 'U0PERSON' })).toHaveLength(1);
  });

  it('names the variable and the expected form for every bad value', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'nope', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: secret })).toEqual([
      'SLACK_BOT_TOKEN must start with xoxb-',
    ]);
    expect(problemsOf({ PORT: 'abc' })).toEqual(['PORT must be a port number (0-65535)']);
    expect(problemsOf({ SLACK_MODE: 'foo' })).toEqual(['SLACK_MODE must be one of socket, http, local']);
    expect(problemsOf({ LOG_LEVEL: 'loud', KNOWLEDGE_WATCH: 'maybe' })).toEqual([
      'KNOWLEDGE_WATCH must be true or false',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ]);
    expect(problemsOf({ ADMIN_USER_IDS: 'alice' })[0]).toMatch(/^ADMIN_USER_IDS must be a comma-separated list of Slack user ids/);
    expect(problemsOf({ FEEDBACK_HASH_KEY: 'too short' })[0]).toMatch(/^FEEDBACK_HASH_KEY must be at least 32 printable characters/);
    expect(parseConfig({ FEEDBACK_HASH_KEY: 'f'.repeat(64) }).feedbackHashKey).toBe('f'.repeat(64));
  });

  it('requires both credentials of a forced mode', () => {
    expect(problemsOf({ SLACK_MODE: 'socket', SLACK_BOT_TOKEN: bot })).toEqual(['SLACK_APP_TOKEN must be set (xapp-…) for Socket Mode']);
    expect(problemsOf({ SLACK_MODE: 'http' })).toHaveLength(2);
  });

  it('limits questions in Slack by default but not in the local chat unless asked', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app }).rateLimitPerMinute).toBe(10);
    expect(parseConfig({}).rateLimitPerMinute).toBeNull();
    expect(parseConfig({ RATE_LIMIT_PER_MINUTE: '3' }).rateLimitPerMinute).toBe(3);
  });

  it('logs quietly in local mode', () => {
    expect(parseConfig({}).logLevel).toBe('warn');
    expect(parseConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app }).logLevel).toBe('info');
  });
});

describe('loadEnv', () => {
  it('reads .env and lets the real environment win', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'env-'));
    const file = join(dir, '.env');
    await writeFile(file, '# comment\nPORT=4000\nexport KNOWLEDGE_DIR="docs"\nLOG_LEVEL=debug\n');
    expect(loadEnv({ LOG_LEVEL: 'error' }, file)).toMatchObject({ PORT: '4000', KNOWLEDGE_DIR: 'docs', LOG_LEVEL: 'error' });
    expect(loadEnv({}, join(dir, 'missing'))).toEqual({});
  });
});

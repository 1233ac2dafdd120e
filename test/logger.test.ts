import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACT_PATHS, scrubTokens } from '../src/logger.js';
import type { LogLevel } from '../src/config.js';

const BOT = 'xoxb-2468013579-1357924680135-Zq8Xw7Vc6Bn5Mm4Ll3Kk2Jj1';
const APP = 'xapp-1-A0RELIABLE-2468013579-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const USER = 'xoxp-1111-2222-3333-abcdef';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function memoryLog(level: LogLevel = 'trace') {
  const raw: string[] = [];
  const logger = createLogger(
    level,
    new Writable({
      write: (c: Buffer, _e, done) => {
        raw.push(c.toString('utf8'));
        done();
      },
    }),
  );
  return {
    logger,
    text: () => raw.join(''),
    lines: () =>
      raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, any>),
  };
}

describe('createLogger() redaction', () => {
  it('blanks secrets under every listed key, wherever the key sits', () => {
    const { logger, text, lines } = memoryLog();
    logger.info(
      { token: BOT, botToken: BOT, appToken: APP, signingSecret: SECRET, clientSecret: SECRET, authorization: `Bearer ${BOT}` },
      'top level',
    );
    logger.info(
      { options: { token: BOT, botToken: BOT, appToken: APP, signingSecret: SECRET, authorization: `Bearer ${BOT}` } },
      'one level down',
    );
    logger.info({ request: { body: { token: BOT } } }, 'two levels down');
    logger.info({ headers: { authorization: `Bearer ${BOT}`, 'x-slack-signature': 'v0=abc123signature' } }, 'headers');
    logger.info({ req: { headers: { authorization: `Bearer ${BOT}`, 'x-slack-signature': 'v0=abc123signature' } } }, 'request headers');
    logger.info(
      {
        SLACK_BOT_TOKEN: BOT,
        SLACK_APP_TOKEN: APP,
        SLACK_SIGNING_SECRET: SECRET,
        env: { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET },
      },
      'environment',
    );
    logger.info(
      {
        slack: { botToken: BOT, appToken: APP, signingSecret: SECRET },
        config: { slack: { botToken: BOT, appToken: APP, signingSecret: SECRET } },
      },
      'config',
    );
    const out = text();
    for (const secret of [BOT, APP, SECRET, 'abc123signature']) expect(out).not.toContain(secret);
    const [top, nested, deeper, headers, request, env, config] = lines();
    expect(top).toMatchObject({
      token: '[Redacted]',
      botToken: '[Redacted]',
      appToken: '[Redacted]',
      signingSecret: '[Redacted]',
      clientSecret: '[Redacted]',
      authorization: '[Redacted]',
    });
    expect(nested!.options).toMatchObject({ token: '[Redacted]', signingSecret: '[Redacted]', authorization: '[Redacted]' });
    expect(deeper!.request.body.token).toBe('[Redacted]');
    expect(headers!.headers).toEqual({ authorization: '[Redacted]', 'x-slack-signature': '[Redacted]' });
    expect(request!.req.headers).toEqual({ authorization: '[Redacted]', 'x-slack-signature': '[Redacted]' });
    expect(env).toMatchObject({
      SLACK_BOT_TOKEN: '[Redacted]',
      SLACK_SIGNING_SECRET: '[Redacted]',
      env: { SLACK_BOT_TOKEN: '[Redacted]', SLACK_SIGNING_SECRET: '[Redacted]' },
    });
    expect(config!.config.slack).toEqual({ botToken: '[Redacted]', appToken: '[Redacted]', signingSecret: '[Redacted]' });
    // Other fields are untouched.
    expect(top!.msg).toBe('top level');
    expect(REDACT_PATHS.length).toBeGreaterThan(10);
  });

  it('scrubs token-shaped strings from messages, interpolations, error messages and stacks, and any other value', () => {
    const { logger, text, lines } = memoryLog();
    logger.warn(`auth failed for ${BOT}`);
    logger.info('%s then %o', APP, { nested: USER });
    logger.error({ err: new Error(`invalid_auth for token ${BOT}`) }, 'Web API call failed');
    logger.error(new Error(`line one\n${APP}`));
    logger.info(
      { url: `https://slack.example/api/auth.test?token=${BOT}`, list: [APP, USER], deep: { deeper: [{ text: `say ${BOT}` }] } },
      'values',
    );
    logger.child({ component: 'bolt', token: BOT }).debug(`child ${USER}`);
    const out = text();
    for (const token of [BOT, APP, USER, BOT.slice(5), APP.slice(5), USER.slice(5)]) expect(out).not.toContain(token);
    const all = lines();
    expect(all).toHaveLength(6);
    expect(all[0]!.msg).toBe('auth failed for xoxb-[Redacted]');
    expect(all[2]!.err.message).toBe('invalid_auth for token xoxb-[Redacted]');
    expect(all[2]!.err.stack).toContain('xoxb-[Redacted]');
    expect(all[4]!.list).toEqual(['xapp-[Redacted]', 'xoxp-[Redacted]']);
    // Log lines stay valid JSON after scrubbing.
    expect(all[5]).toMatchObject({ component: 'bolt', token: '[Redacted]', msg: 'child xoxp-[Redacted]' });
  });

  it('scrubTokens() covers every Slack token prefix and leaves other text alone', () => {
    for (const prefix of ['xoxb', 'xoxa', 'xoxp', 'xoxo', 'xoxs', 'xoxr', 'xapp'])
      expect(scrubTokens(`a ${prefix}-123-abc b`)).toBe(`a ${prefix}-[Redacted] b`);
    expect(scrubTokens('containers share the host kernel; xox and app- are fine')).toBe(
      'containers share the host kernel; xox and app- are fine',
    );
  });
});

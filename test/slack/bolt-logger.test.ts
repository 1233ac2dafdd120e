import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { boltLogger } from '../../src/slack/bolt-logger.js';

describe('boltLogger()', () => {
  it("sends Bolt's log calls through pino, errors as err, tokens scrubbed", () => {
    const lines: Record<string, any>[] = [];
    const logger = createLogger(
      'debug',
      new Writable({
        write: (c: Buffer, _e, done) => {
          lines.push(JSON.parse(c.toString()));
          done();
        },
      }),
    );
    const bolt = boltLogger(logger);
    bolt.warn('auth failed for', 'xoxb-123-secret');
    bolt.error(new Error('boom'), 'while posting');
    bolt.debug({ channel: 'C1' });
    expect(lines[0]).toMatchObject({ level: 'warn', component: 'bolt' });
    expect(lines[0]!.msg).not.toContain('xoxb-123-secret');
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'while posting', err: { message: 'boom' } });
    expect(lines[2]).toMatchObject({ level: 'debug', msg: '{"channel":"C1"}' });
    expect(bolt.getLevel()).toBe('debug');
  });
});

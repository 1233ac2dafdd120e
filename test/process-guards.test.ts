import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { installProcessGuards } from '../src/process-guards.js';

function memoryLogger() {
  const lines: Record<string, any>[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write: (c: Buffer, _e, done) => {
        lines.push(JSON.parse(c.toString()));
        done();
      },
    }),
  );
  return { logger, lines };
}

describe('installProcessGuards()', () => {
  it('logs unhandled rejections and keeps serving; logs an uncaught exception and hands it on; removes itself', () => {
    const { logger, lines } = memoryLogger();
    const target = new EventEmitter();
    const fatal: unknown[] = [];
    const remove = installProcessGuards(logger, target, (error) => fatal.push(error));
    target.emit('unhandledRejection', new Error('lost promise'), Promise.resolve());
    target.emit('unhandledRejection', 'a plain string reason');
    expect(fatal).toEqual([]);
    const thrown = new Error('thrown from a timer');
    target.emit('uncaughtException', thrown, 'uncaughtException');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'Unhandled promise rejection; still serving', err: { message: 'lost promise' } });
    expect(lines[0]!.err.stack).toContain('process-guards.test.ts');
    expect(lines[1]).toMatchObject({ level: 'error', err: 'a plain string reason' });
    expect(lines[2]).toMatchObject({
      level: 'error',
      msg: 'Uncaught exception; shutting down',
      origin: 'uncaughtException',
      err: { message: 'thrown from a timer' },
    });
    expect(fatal).toEqual([thrown]);
    remove();
    expect(target.listenerCount('unhandledRejection') + target.listenerCount('uncaughtException')).toBe(0);
  });
});

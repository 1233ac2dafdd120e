import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { InFlight } from '../src/slack/in-flight.js';
import { exitOnSignals, shutDown, SHUTDOWN_GRACE_MS } from '../src/shutdown.js';
import { startBot, type BotHarness } from './support/bot-harness.js';
import { mentionEvent } from './support/fixtures.js';
import { eventRequest } from './support/signed-request.js';

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

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('shutDown()', () => {
  it('stops accepting at once, waits for work in progress, then releases resources and resolves 0', async () => {
    const { logger, lines } = memoryLogger();
    const inFlight = new InFlight();
    const work = deferred();
    void inFlight.track(work.promise);
    const order: string[] = [];
    const done = shutDown({
      logger,
      inFlight,
      stopReceiving: async () => {
        order.push('stop receiving');
      },
      release: [() => order.push('close watcher'), async () => order.push('close store')],
    });
    expect(inFlight.accepting).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['stop receiving']);
    order.push('work finished');
    work.resolve();
    expect(await done).toBe(0);
    expect(order).toEqual(['stop receiving', 'work finished', 'close watcher', 'close store']);
    expect(lines[0]).toMatchObject({ msg: expect.stringMatching(/^shutting down/), inFlight: 1, graceMs: SHUTDOWN_GRACE_MS });
    expect(lines.at(-1)!.msg).toBe('shut down cleanly');
  });

  it('gives up after the grace period, still releases everything, and resolves 1', async () => {
    const { logger, lines } = memoryLogger();
    const inFlight = new InFlight();
    void inFlight.track(new Promise(() => {}));
    let released = false;
    const code = await shutDown({
      logger,
      inFlight,
      stopReceiving: () => new Promise(() => {}),
      release: [() => (released = true)],
      graceMs: 20,
    });
    expect(code).toBe(1);
    expect(released).toBe(true);
    expect(lines.at(-1)).toMatchObject({ level: 'warn', unfinished: 1 });
  });

  it('a receiver or resource that fails to close is logged, not thrown', async () => {
    const { logger, lines } = memoryLogger();
    const code = await shutDown({
      logger,
      inFlight: new InFlight(),
      stopReceiving: async () => {
        throw new Error('socket already gone');
      },
      release: [
        () => {
          throw new Error('database locked');
        },
      ],
    });
    expect(code).toBe(0);
    expect(lines.filter((l) => l.level === 'warn').map((l) => l.err.message)).toEqual(['socket already gone', 'database locked']);
  });
});

describe('exitOnSignals()', () => {
  it('shuts down once on SIGTERM or SIGINT and exits with its code; a second signal exits 1 at once', async () => {
    const { logger } = memoryLogger();
    const target = new EventEmitter();
    const exits: number[] = [];
    const finish = deferred();
    let shutdowns = 0;
    exitOnSignals(
      target,
      logger,
      async () => {
        shutdowns += 1;
        await finish.promise;
        return 0;
      },
      (code) => exits.push(code),
    );
    target.emit('SIGTERM', 'SIGTERM');
    expect(shutdowns).toBe(1);
    target.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
    finish.resolve();
    await new Promise((r) => setImmediate(r));
    expect(shutdowns).toBe(1);
    expect(exits).toEqual([1, 0]);
  });
});

describe('a shutting-down app (real HTTP receiver)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ knownIds: true });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers new deliveries with 503 and does no work for them', async () => {
    bot.app.inFlight.stopAccepting();
    const response = await bot.send(eventRequest(mentionEvent('<@UBOT0001> Can containers run on virtual machines?')));
    expect(response.status).toBe(503);
    expect(bot.stub.visibleCalls).toHaveLength(0);
    expect((await fetch(`${bot.origin}/healthz`)).status).toBe(200);
  });
});

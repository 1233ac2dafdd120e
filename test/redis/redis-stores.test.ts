import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLink } from '../../src/redis/link.js';
import { RedisRateLimiter } from '../../src/redis/rate-limiter.js';
import { RedisSeenEventStore } from '../../src/redis/seen-events.js';
import { MemoryRateLimiter, type RateDecision } from '../../src/slack/middleware/rate-limit.js';
import { startRedis, type RedisServer } from '../support/services.js';

/** A logger that keeps what it was told. */
function recordingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const log = (level: string) => (first: unknown, second?: unknown) => {
    lines.push({ level, msg: typeof first === 'string' ? first : String(second ?? '') });
  };
  return { lines, logger: { info: log('info'), warn: log('warn') } };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let redis: RedisServer;
const links: RedisLink[] = [];
async function connect(logger = recordingLogger().logger): Promise<RedisLink> {
  const link = new RedisLink(redis.url, logger).start();
  links.push(link);
  await until(() => link.health.up, 'Redis to connect');
  return link;
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(links.map((l) => l.close()));
  await redis.stop();
});

describe('RedisSeenEventStore (two replicas, one Redis)', () => {
  it('lets exactly one replica claim a key, and the key expires with its TTL', async () => {
    const [a, b] = [new RedisSeenEventStore(await connect()), new RedisSeenEventStore(await connect())];
    expect(await a.claim('event:EvShared1', 60_000)).toBe(true);
    expect(await b.claim('event:EvShared1', 60_000)).toBe(false);
    expect(await a.claim('event:EvShared1', 60_000)).toBe(false);
    const ttl = await links[0]!.client.pTTL('containers-or-vms:seen:event:EvShared1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('gives one winner when many claims for one key race from both replicas', async () => {
    const [a, b] = [new RedisSeenEventStore(await connect()), new RedisSeenEventStore(await connect())];
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim('message:C1:1700000000.000100', 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});

describe('RedisRateLimiter (two replicas, one Redis)', () => {
  it('makes the same decisions as the memory limiter for one person spread over two replicas', async () => {
    const [a, b] = [new RedisRateLimiter(await connect(), 3), new RedisRateLimiter(await connect(), 3)];
    const memory = new MemoryRateLimiter(3);
    const shape = (d: RateDecision) => (d.allowed ? 'allowed' : d.firstRefusal ? 'first refusal' : 'refused');
    const shared: string[] = [];
    const local: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      shared.push(shape(await (i % 2 ? a : b).take('T1:U0PERSON')));
      local.push(shape(await memory.take('T1:U0PERSON')));
    }
    expect(shared).toEqual(['allowed', 'allowed', 'allowed', 'first refusal', 'refused', 'refused', 'refused']);
    expect(shared).toEqual(local);
    // Another person has their own bucket.
    expect((await a.take('T1:U0OTHER')).allowed).toBe(true);
  });

  it('says when the next question fits (about 20 s at 3 a minute) and forgets a bucket once it would be full', async () => {
    const link = await connect();
    const limiter = new RedisRateLimiter(link, 3);
    for (let i = 0; i < 3; i += 1) await limiter.take('T1:U0RETRY');
    const refused = await limiter.take('T1:U0RETRY');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterMs).toBeGreaterThan(19_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(20_000);
    }
    const ttl = await link.client.pTTL('containers-or-vms:rate:T1:U0RETRY');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('loads its script again after Redis forgot it (SCRIPT FLUSH)', async () => {
    const link = await connect();
    const limiter = new RedisRateLimiter(link, 5);
    expect((await limiter.take('T1:U0FLUSH')).allowed).toBe(true);
    await link.client.scriptFlush();
    expect((await limiter.take('T1:U0FLUSH')).allowed).toBe(true);
    expect(Math.floor(Number(await link.client.hGet('containers-or-vms:rate:T1:U0FLUSH', 'tokens')))).toBe(3);
  });
});

describe('when Redis goes away', () => {
  it('falls back to memory with one warning, keeps deciding, and shares again with a log line once it is back', async () => {
    const { lines, logger } = recordingLogger();
    const link = await connect(logger);
    const other = await connect();
    const seen = new RedisSeenEventStore(link);
    const limiter = new RedisRateLimiter(link, 2);
    expect(await seen.claim('event:EvBefore', 60_000)).toBe(true);

    await redis.kill();
    await until(() => !link.health.up, 'the outage to be noticed');
    // Still answering: memory decides, and remembers what this replica saw before the outage.
    expect(await seen.claim('event:EvBefore', 60_000)).toBe(false);
    expect(await seen.claim('event:EvDuring', 60_000)).toBe(true);
    expect(await seen.claim('event:EvDuring', 60_000)).toBe(false);
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push((await limiter.take('T1:U0OUTAGE')).allowed);
    expect(decisions).toEqual([true, true, false, false]);
    expect(lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(lines.find((l) => l.level === 'warn')!.msg).toMatch(/^REDIS_URL is unreachable .*this replica's memory/);

    await redis.restart();
    await until(() => link.health.up && other.health.up, 'the reconnect');
    expect(lines.at(-1)).toMatchObject({ level: 'info', msg: expect.stringMatching(/^REDIS_URL is reachable again/) });
    const peer = new RedisSeenEventStore(other);
    expect(await seen.claim('event:EvAfter', 60_000)).toBe(true);
    expect(await peer.claim('event:EvAfter', 60_000)).toBe(false);
    expect(lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });
});

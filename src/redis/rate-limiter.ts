import { createHash } from 'node:crypto';
import { MemoryRateLimiter, type RateDecision, type RateLimiter } from '../slack/middleware/rate-limit.js';
import { REDIS_KEY_PREFIX, type RedisClient, type RedisLink } from './link.js';

/**
 * The memory limiter's token bucket, kept in a Redis hash and updated by one Lua script, so
 * the read-refill-take-write is atomic across replicas: a person gets `perMinute` questions
 * a minute however many replicas their questions reach. Time is Redis's own clock (TIME),
 * so replicas with skewed clocks agree. A bucket expires once it would be full again, which
 * is the same as having none. While Redis is unreachable each replica limits from memory.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated', 'refused')
local tokens = tonumber(state[1])
local updated = tonumber(state[2])
local refused = state[3] == '1'
if tokens == nil or updated == nil then
  tokens = capacity
  refused = false
else
  tokens = math.min(capacity, tokens + math.max(0, now - updated) * per_ms)
end
local allowed, retry_after, first = 0, 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  refused = false
  allowed = 1
else
  if not refused then first = 1 end
  refused = true
  retry_after = math.ceil((1 - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now), 'refused', refused and '1' or '0')
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms))
return {allowed, retry_after, first}
`;
const TAKE_SHA = createHash('sha1').update(TAKE_SCRIPT).digest('hex');

export class RedisRateLimiter implements RateLimiter {
  private readonly local: RateLimiter;

  constructor(
    private readonly link: RedisLink,
    private readonly perMinute: number,
    local?: RateLimiter,
  ) {
    if (!(perMinute > 0)) throw new RangeError(`RedisRateLimiter: perMinute must be positive, got ${perMinute}`);
    this.local = local ?? new MemoryRateLimiter(perMinute);
  }

  async take(key: string): Promise<RateDecision> {
    const shared = await this.link.attempt((client) => this.run(client, `${REDIS_KEY_PREFIX}rate:${key}`));
    if (!shared.ok) return this.local.take(key);
    const [allowed, retryAfterMs, first] = shared.value;
    return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterMs, firstRefusal: first === 1 };
  }

  private async run(client: RedisClient, key: string): Promise<[number, number, number]> {
    const options = { keys: [key], arguments: [String(this.perMinute), String(this.perMinute / 60_000)] };
    try {
      return (await client.evalSha(TAKE_SHA, options)) as [number, number, number];
    } catch (error) {
      // A restarted or flushed Redis has forgotten the script; EVAL loads it again.
      if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
      return (await client.eval(TAKE_SCRIPT, options)) as [number, number, number];
    }
  }
}

import { MemorySeenEventStore, type SeenEventStore } from '../slack/middleware/seen-events.js';
import { REDIS_KEY_PREFIX, type RedisLink } from './link.js';

/**
 * Event dedupe shared by replicas: `SET key 1 NX PX ttl` is atomic, so of two replicas that
 * get the same delivery (a retry routed elsewhere, a message arriving as two events) exactly
 * one sees OK. This replica's memory is asked first and always kept: a repeat it handled
 * itself costs no round trip, and while Redis is unreachable it still drops repeats it saw.
 */
export class RedisSeenEventStore implements SeenEventStore {
  constructor(
    private readonly link: RedisLink,
    private readonly local: SeenEventStore = new MemorySeenEventStore(),
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (!(await this.local.claim(key, ttlMs))) return false;
    const shared = await this.link.attempt((client) =>
      client.set(`${REDIS_KEY_PREFIX}seen:${key}`, '1', { condition: 'NX', expiration: { type: 'PX', value: ttlMs } }),
    );
    // Unreachable: this replica's memory has decided.
    return shared.ok ? shared.value === 'OK' : true;
  }
}

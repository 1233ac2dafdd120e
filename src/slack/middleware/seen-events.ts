import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';

/**
 * Exactly one answer per event. Slack retries an event whose ack was slow (same event_id,
 * X-Slack-Retry-Num set) and Socket Mode can redeliver; a message can also arrive as both
 * `app_mention` and `message`. Each delivery is keyed by its event_id and, for messages, by
 * channel and ts; the first claim wins.
 */

/** A TTL set of keys. The memory store serves one process; a shared one (Redis `SET NX PX`) serves replicas. */
export interface SeenEventStore {
  /** Marks the key as seen for ttlMs; true when it was not seen before (the caller should handle the event). */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/**
 * Keys live until their TTL has passed and are never evicted sooner: a count cap would forget
 * a key while Slack may still retry it (60,000 deliveries under a 50,000 cap answered a replay
 * of the first one again). Memory is bounded by time instead: at most the keys claimed within
 * one TTL. Slack caps the Events API at 30,000 events an hour per workspace, so with the
 * two-hour TTL that is at most about 120,000 keys (two per message, ~15 MB) per workspace.
 */
export class MemorySeenEventStore implements SeenEventStore {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    this.sweep(now);
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.expiries.delete(key);
    this.expiries.set(key, now + ttlMs);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }

  // Insertion order is expiry order when every key has the same TTL (one per store in
  // practice), so expired keys sit at the front and each claim removes them in O(1) amortised.
  // With mixed TTLs a longer-lived key at the front only delays removal; nothing leaves early.
  private sweep(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(key);
    }
  }
}

/** Slack stops retrying after about an hour; keys live a little longer. */
export const SEEN_EVENT_TTL_MS = 2 * 60 * 60 * 1000;

/** The keys under which a delivery counts as already handled. */
export function deliveryKeys(body: Record<string, unknown>): string[] {
  const keys: string[] = [];
  if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
  const event = body.event as Record<string, unknown> | undefined;
  if (
    event &&
    (event.type === 'message' || event.type === 'app_mention') &&
    typeof event.channel === 'string' &&
    typeof event.ts === 'string'
  ) {
    keys.push(`message:${event.channel}:${event.ts}`);
  }
  return keys;
}

/** Global middleware: drops an event delivery whose keys were already claimed. */
export function dropRepeatedEvents(store: SeenEventStore, ttlMs = SEEN_EVENT_TTL_MS): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context, logger }) => {
    const keys = deliveryKeys(body as Record<string, unknown>);
    for (const key of keys) {
      if (!(await store.claim(key, ttlMs))) {
        logger.debug(`Dropped a repeated delivery (${key}, retry ${context.retryNum ?? 0})`);
        return;
      }
    }
    await next();
  };
}

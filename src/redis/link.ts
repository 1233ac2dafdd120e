import { createClient } from 'redis';
import { DependencyHealth, type HealthLogger } from '../dependency-health.js';

/**
 * One Redis connection (node-redis) for the replica's shared state, and its health. Commands
 * are never queued while the connection is down (`disableOfflineQueue`) and are given a short
 * time limit, so the callers fall back to this replica's memory at once instead of holding
 * an ack; node-redis reconnects on its own with a capped backoff.
 */

export type RedisClient = ReturnType<typeof createClient>;

/** How long one command may take before this replica stops waiting for it. */
export const REDIS_COMMAND_TIMEOUT_MS = 500;

/** Every key the bot writes starts with this, so the bot can share a Redis with other apps. */
export const REDIS_KEY_PREFIX = 'containers-or-vms:';

export class RedisLink {
  readonly client: RedisClient;
  readonly health: DependencyHealth;

  constructor(
    url: string,
    logger: HealthLogger,
    private readonly commandTimeoutMs = REDIS_COMMAND_TIMEOUT_MS,
  ) {
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    this.health = new DependencyHealth({
      variable: 'REDIS_URL',
      logger,
      whileDown: "event dedupe and rate limits use this replica's memory",
      whenBack: 'event dedupe and rate limits are shared across replicas',
      // While reconnecting, node-redis's own 'ready' says when it is back.
      probe: () => (this.client.isReady ? this.client.ping() : Promise.reject(new Error('not connected'))),
      probeTimeoutMs: commandTimeoutMs,
    });
    this.client.on('ready', () => this.health.markUp());
    // Without an 'error' listener node-redis would throw it; the reconnect is automatic.
    this.client.on('error', (error: unknown) => this.health.markDown(error));
  }

  /** Starts connecting in the background; never throws, never waits for Redis. */
  start(): this {
    this.client.connect().catch((error: unknown) => this.health.markDown(error));
    return this;
  }

  /**
   * Runs `work` on Redis, or gives `undefined` without trying while Redis is unreachable or
   * when it fails or is too slow (the outage is logged once by the health check).
   */
  async attempt<T>(work: (client: RedisClient) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    if (!this.health.up || !this.client.isReady) return { ok: false };
    try {
      return { ok: true, value: await this.health.observe(() => work(this.client), this.commandTimeoutMs) };
    } catch {
      return { ok: false };
    }
  }

  async close(): Promise<void> {
    this.health.close();
    // close() lets replies in flight arrive; a connection that is not ready has none worth waiting for.
    if (this.client.isReady) await this.client.close().catch(() => this.client.destroy());
    else if (this.client.isOpen) this.client.destroy();
  }
}

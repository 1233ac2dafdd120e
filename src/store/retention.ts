import type { FeedbackStore } from './feedback-store.js';
import type { StoreLogger } from './sqlite-feedback-store.js';

const DAY_MS = 86_400_000;

/**
 * Purges rows older than `days` now and then once a day (every replica may: deleting twice is harmless). The timer is unref'd so it
 * never keeps the process alive. Returns a function that stops it.
 */
export function startRetention(store: FeedbackStore, days: number, logger?: StoreLogger, intervalMs = DAY_MS): () => void {
  const purge = async () => {
    try {
      const removed = await store.purge(days);
      if (removed > 0) logger?.info({ removed, retentionDays: days }, 'purged old feedback and unanswered questions');
    } catch (error) {
      logger?.warn({ err: error, retentionDays: days }, 'could not purge old feedback; will retry tomorrow');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

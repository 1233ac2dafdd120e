import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { ignoreBotsAndSubtypes } from './ignore-noise.js';
import { limitQuestions, MemoryRateLimiter } from './rate-limit.js';
import { dropRepeatedEvents, MemorySeenEventStore } from './seen-events.js';

/** Global middleware, in the order it runs; one concern per line. */
export function registerMiddleware(app: App, deps: BotDeps): void {
  app.use(ignoreBotsAndSubtypes);
  app.use(dropRepeatedEvents(deps.seenEvents ?? new MemorySeenEventStore()));
  const perMinute = deps.config.rateLimitPerMinute;
  if (perMinute !== null) app.use(limitQuestions(deps.rateLimiter ?? new MemoryRateLimiter(perMinute), perMinute));
}

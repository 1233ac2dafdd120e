import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { ignoreBotsAndSubtypes } from './ignore-noise.js';
import { dropRepeatedEvents, MemorySeenEventStore } from './seen-events.js';

/** Global middleware, in the order it runs; one concern per line. */
export function registerMiddleware(app: App, deps: BotDeps): void {
  app.use(ignoreBotsAndSubtypes);
  app.use(dropRepeatedEvents(deps.seenEvents ?? new MemorySeenEventStore()));
}

import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { ChannelSettingsStore } from '../store/feedback-store.js';
import type { HelpChannels } from './help-channels.js';
import type { RateLimiter } from './middleware/rate-limit.js';
import type { SeenEventStore } from './middleware/seen-events.js';
import type { FeedbackRecord, GapRecord } from '../store/feedback-store.js';

// Defined once, with the feedback store port that keeps them.
export type { PassageRef, Surface } from '../store/feedback-store.js';

/**
 * Where votes and unanswered questions go. Every FeedbackStore (src/store) satisfies it;
 * implementations must not throw.
 */
export interface FeedbackSink {
  recordFeedback(record: FeedbackRecord): unknown;
  recordGap(record: GapRecord): unknown;
}

/** Everything the Slack app needs from the rest of the process. */
export interface BotDeps {
  /** The current knowledge; a function so a reload can swap it under a running app. */
  knowledge: () => KnowledgeBase;
  feedback: FeedbackSink;
  logger: Logger;
  config: Config;
  /** Event ids already handled; in memory unless several replicas share one store. */
  seenEvents?: SeenEventStore;
  /** Questions per person; in memory (RATE_LIMIT_PER_MINUTE) unless replicas share one limiter. */
  rateLimiter?: RateLimiter;
  /** Lines of the knowledge-gaps summary for `/containers-or-vms report` (admins only); absent without a store. */
  reportSummary?: () => string[] | Promise<string[]>;
  /** Where `/containers-or-vms auto-answer on|off` is kept (the feedback store); absent: only AUTO_ANSWER_CHANNELS counts. */
  channelSettings?: ChannelSettingsStore;
  /** Help channels, the variable and the stored settings together; createSlackApp builds it unless given. */
  helpChannels?: HelpChannels;
}

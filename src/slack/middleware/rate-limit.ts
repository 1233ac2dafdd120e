import type { AnyMiddlewareArgs, Middleware, RespondFn } from '@slack/bolt';
import { ASK_QUESTION } from '../render/ask-modal.js';

/**
 * Fair use: each person gets a bucket of `perMinute` questions that refills continuously, so
 * a burst is fine but a flood is not. Questions are mentions, DMs, slash commands with text
 * and the "Ask a question" modal; button clicks in the flow are never counted, so a limited
 * person can still finish it.
 */

export type RateDecision =
  | { allowed: true }
  /** `firstRefusal` is true for the first refusal since the last allowed question: the one that gets a notice. */
  | { allowed: false; retryAfterMs: number; firstRefusal: boolean };

/** A per-key question allowance. The memory limiter serves one process; a shared one (Redis, say) serves replicas. */
export interface RateLimiter {
  /** Takes one question from the key's allowance. */
  take(key: string): Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  updated: number;
  refused: boolean;
}

export interface MemoryRateLimiterOptions {
  now?: () => number;
  /** Buckets kept before full ones are forgotten (a full bucket is the same as no bucket). */
  maxKeys?: number;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(
    private readonly perMinute: number,
    options: MemoryRateLimiterOptions = {},
  ) {
    if (!(perMinute > 0)) throw new RangeError(`MemoryRateLimiter: perMinute must be positive, got ${perMinute}`);
    this.perMs = perMinute / 60_000;
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  async take(key: string): Promise<RateDecision> {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    // Re-inserted on every take, so the map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.sweep(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.refused = false;
      return { allowed: true };
    }
    const firstRefusal = !bucket.refused;
    bucket.refused = true;
    return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.perMs), firstRefusal };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.perMinute, updated: now, refused: false };
    const elapsed = Math.max(0, now - bucket.updated);
    return { tokens: Math.min(this.perMinute, bucket.tokens + elapsed * this.perMs), updated: now, refused: bucket.refused };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxKeys) break;
      if (this.refilled(bucket, now).tokens >= this.perMinute) this.buckets.delete(key);
      else break;
    }
  }
}

interface Question {
  user: string;
  kind: 'mention' | 'dm' | 'command' | 'modal';
  channel?: string;
  threadTs?: string;
}

/** The person asking, when this delivery is a question; undefined for clicks, App Home and the rest. */
export function questionOf(body: Record<string, unknown>): Question | undefined {
  if (typeof body.command === 'string') {
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    return text && typeof body.user_id === 'string' ? { user: body.user_id, kind: 'command' } : undefined;
  }
  if (body.type === 'view_submission') {
    const view = body.view as { callback_id?: unknown } | undefined;
    const user = (body.user as { id?: unknown } | undefined)?.id;
    return view?.callback_id === ASK_QUESTION.callbackId && typeof user === 'string' ? { user, kind: 'modal' } : undefined;
  }
  const event = body.event as Record<string, unknown> | undefined;
  if (body.type !== 'event_callback' || !event || typeof event.user !== 'string' || typeof event.channel !== 'string') return undefined;
  if (event.subtype !== undefined || event.bot_id !== undefined) return undefined;
  const threadTs = typeof event.thread_ts === 'string' ? event.thread_ts : typeof event.ts === 'string' ? event.ts : undefined;
  if (event.type === 'app_mention') return { user: event.user, kind: 'mention', channel: event.channel, threadTs };
  if (event.type === 'message' && event.channel_type === 'im') {
    return {
      user: event.user,
      kind: 'dm',
      channel: event.channel,
      threadTs: typeof event.thread_ts === 'string' ? event.thread_ts : undefined,
    };
  }
  return undefined;
}

/** The one polite notice a person gets when they go over the limit. */
export function rateLimitNotice(perMinute: number, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return (
    `I'm answering a lot of your questions at once, so I'm taking a short pause: I answer up to ${perMinute} questions a minute per person. ` +
    `Ask again in about ${seconds} second${seconds === 1 ? '' : 's'}. The buttons in the flow keep working meanwhile.`
  );
}

/**
 * Global middleware: a question over the limit gets no answer; the first one gets a notice
 * where it was asked (ephemeral in a channel), later ones are dropped quietly until the
 * bucket refills. Slash commands are still acked, so Slack shows no error; the modal stays
 * open with the notice on its field each time, since a closed modal with no answer would
 * look like a lost question.
 */
export function limitQuestions(limiter: RateLimiter, perMinute: number): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, next, context, logger, client } = args;
    const question = questionOf(body as Record<string, unknown>);
    if (!question) return next();
    const decision = await limiter.take(`${context.teamId ?? ''}:${question.user}`);
    if (decision.allowed) return next();
    const { ack, respond } = args as { ack?: (response?: unknown) => Promise<void>; respond?: RespondFn };
    const text = rateLimitNotice(perMinute, decision.retryAfterMs);
    if (question.kind === 'modal') {
      await ack?.({ response_action: 'errors', errors: { [ASK_QUESTION.blockId]: text } });
      return;
    }
    if (question.kind === 'command') await ack?.();
    logger.info(`Rate limited a ${question.kind} from ${question.user} (${decision.firstRefusal ? 'notice sent' : 'dropped quietly'})`);
    if (!decision.firstRefusal) return;
    try {
      if (question.kind === 'command') await respond?.({ response_type: 'ephemeral', text });
      else if (question.kind === 'mention') {
        await client.chat.postEphemeral({
          channel: question.channel!,
          user: question.user,
          text,
          ...(question.threadTs ? { thread_ts: question.threadTs } : {}),
        });
      } else
        await client.chat.postMessage({ channel: question.channel!, text, ...(question.threadTs ? { thread_ts: question.threadTs } : {}) });
    } catch (error) {
      logger.warn('The rate-limit notice could not be sent', error);
    }
  };
}

/**
 * The same allowance for questions only a listener can recognise (thread follow-ups and
 * help-channel questions, known to be questions only once the thread is read): true when
 * allowed; the first refusal gets the notice through `notify`, later ones nothing.
 */
export async function admitQuestion(
  limit: { limiter: RateLimiter; perMinute: number } | undefined,
  key: string,
  notify: (text: string) => Promise<unknown>,
  logger: { info: (msg: string) => void; warn: (obj: unknown, msg?: string) => void },
): Promise<boolean> {
  if (!limit) return true;
  const decision = await limit.limiter.take(key);
  if (decision.allowed) return true;
  logger.info(`Rate limited a follow-up (${decision.firstRefusal ? 'notice sent' : 'dropped quietly'})`);
  if (!decision.firstRefusal) return false;
  try {
    await notify(rateLimitNotice(limit.perMinute, decision.retryAfterMs));
  } catch (error) {
    logger.warn({ err: error }, 'The rate-limit notice could not be sent');
  }
  return false;
}

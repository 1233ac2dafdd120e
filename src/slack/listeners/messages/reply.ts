import type { webApi } from '@slack/bolt';
import type { Conversation } from '../../answering.js';
import { readDm, readThread, type BotIdentity, type ThreadView } from '../../conversation.js';
import type { BotDeps } from '../../deps.js';
import { admitQuestion } from '../../middleware/rate-limit.js';

/** The thread before a message, or undefined when Slack cannot tell (logged; the reply goes on without context). */
export async function threadOrNothing(
  deps: BotDeps,
  client: webApi.WebClient,
  at: { channel: string; threadTs: string; ts: string },
  bot: BotIdentity,
): Promise<ThreadView | undefined> {
  try {
    return await readThread(client, at.channel, at.threadTs, at.ts, bot);
  } catch (error) {
    deps.logger.warn({ err: error, channel: at.channel, ts: at.ts }, 'conversations.replies failed; answering without the thread');
    return undefined;
  }
}

/** The DM before a message, or undefined when Slack cannot tell (logged). */
export async function dmOrNothing(
  deps: BotDeps,
  client: webApi.WebClient,
  at: { channel: string; ts: string },
  bot: BotIdentity,
): Promise<Conversation | undefined> {
  try {
    return await readDm(client, at.channel, at.ts, bot);
  } catch (error) {
    deps.logger.warn({ err: error, channel: at.channel, ts: at.ts }, 'conversations.history failed; answering without the DM before');
    return undefined;
  }
}

/** Takes a question from the person's allowance for a follow-up; the first refusal gets the ephemeral notice in the thread. */
export function admitFollowUp(
  deps: BotDeps,
  client: webApi.WebClient,
  at: { teamId?: string; user: string; channel: string; threadTs: string },
): Promise<boolean> {
  const perMinute = deps.config.rateLimitPerMinute;
  const limit = perMinute !== null && deps.rateLimiter ? { limiter: deps.rateLimiter, perMinute } : undefined;
  return admitQuestion(
    limit,
    `${at.teamId ?? ''}:${at.user}`,
    (text) => client.chat.postEphemeral({ channel: at.channel, user: at.user, text, thread_ts: at.threadTs }),
    deps.logger,
  );
}

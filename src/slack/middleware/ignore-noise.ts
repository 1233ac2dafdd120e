import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { isNewMessage } from '../question-text.js';

/**
 * No loops, no noise: messages and mentions from any bot (not just this one: two bots
 * answering each other never stop), and every message subtype but thread_broadcast (edits,
 * deletions, joins, topic changes…) get no reply. Only a person's new message is a question.
 */
export const ignoreBotsAndSubtypes: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  const event = (body as { event?: Record<string, unknown> }).event;
  if (event && (event.type === 'message' || event.type === 'app_mention')) {
    if (event.bot_id !== undefined || !isNewMessage(event.subtype) || event.bot_profile !== undefined) return;
    if (typeof event.user !== 'string') return;
  }
  await next();
};

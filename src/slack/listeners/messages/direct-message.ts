import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyToQuestion } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { questionFromMessage } from '../../question-text.js';

/** A person's new message in the bot's DM: an explanation (or help). Bots and subtypes never reach here. */
export function directMessage(deps: BotDeps) {
  return async ({ message, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    const thread_ts = message.thread_ts;
    try {
      const reply = replyToQuestion(deps, questionFromMessage(message.text ?? '', context.botUserId), 'dm', message.user);
      await client.chat.postMessage({ channel: message.channel, ...(thread_ts ? { thread_ts } : {}), ...reply });
    } catch (error) {
      await reportFailure(deps.logger, error, { handler: 'direct_message', type: 'message.im', eventId: body.event_id, channel: message.channel, ts: message.ts, user: message.user },
        (text) => client.chat.postMessage({ channel: message.channel, ...(thread_ts ? { thread_ts } : {}), text }));
    }
  };
}
